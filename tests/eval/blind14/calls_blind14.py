"""Source of truth for the blind14 set: 32 blind labelled customer-service calls (b14_01 .. b14_32).

Labelled to tests/eval/blind/README.md from "## Labelling conventions" to the end, including "Real speech"
and the "Round 16 addition". Each call is a dict with `id`, `pick` (supervisor_pick), `asr` (real-speech
style: lowercase, no punctuation or digits), `domain`, `register`, `notes` and `utts`. Each utterance is a
tuple (speaker, text, labels): speaker "a" (agent) or "c" (customer), labels a space-separated string of
moment kinds ("" for none). `build_blind14.py` turns this into b14_NN.json.
"""

CALLS = [
    # ------------------------------------------------------------------ 01
    dict(
        id="b14_01",
        pick=True,
        asr=True,
        domain="fibre broadband",
        register="Indian English",
        notes=(
            "Slow fibre after an upgrade, fourth call; flat wiring blamed, fair-usage terms, hollow empathy into an "
            "app redirect, hold + transfer to a technical desk that repeats the process, a store and a feedback text "
            "offered instead of a senior. No fix. Clarifying line about a breaking voice is not an apology."
        ),
        utts=[
            ("a", "good evening thank you for calling skylink fibre my name is rohit how may i assist you today", ""),
            ("c", "hello yes rohit see i upgraded to the three hundred plan last month and since then itself", ""),
            ("c", "the speed is coming like twenty thirty only", ""),
            ("a", "okay sir may i have the registered mobile number please", ""),
            (
                "c",
                "nine eight four five zero one two two seven three and this is my fourth time calling for the same "
                "issue",
                "repeat_contact",
            ),
            ("a", "sorry sir your voice is breaking can you tell the number once more slowly", ""),
            ("c", "nine eight four five zero one two two seven three", ""),
            (
                "a",
                "okay sir i can see the line is showing full sync from our end so the problem is inside your flat "
                "wiring only it is not from our network",
                "blame_shift",
            ),
            ("c", "how it is my wiring your technician himself did the wiring when he came for the upgrade", ""),
            (
                "a",
                "sir as per the fair usage terms the plan speed is up to three hundred it is not a guaranteed speed "
                "so this will not come under fault",
                "policy_recital",
            ),
            ("c", "up to means twenty is also fine you are telling me", ""),
            (
                "a",
                "sir i understand your concern but you have to run one speed taste in the skylink app and raise the "
                "ticket from there only from my side there is no option",
                "feeling_dismissal channel_redirect cant_language",
            ),
            ("c", "i did the speed test three times the app is just spinning and then it says session expired", ""),
            ("c", "please i want to speak to your senior", "escalation_request"),
            (
                "a",
                "sir i will connect you to the technical team they can check further please be on hold for two three "
                "minutes",
                "hold transfer",
            ),
            ("a", "technical desk good evening farhan this side sir i have the notes from my colleague", ""),
            (
                "c",
                "farhan please just send one engineer i am working from home and my office calls are dropping every "
                "ten minutes",
                "",
            ),
            (
                "a",
                "sir engineer visit is only possible after the ticket is raised through the app that is the standard "
                "process for all fibre customers",
                "policy_recital channel_redirect",
            ),
            (
                "c",
                "but the app is not working i told your colleague i told the person last week also",
                "repeat_contact",
            ),
            (
                "a",
                "then sir you can visit our nearest expedience centre in koramangala with one id proof and they will "
                "raise it for you",
                "channel_redirect",
            ),
            (
                "c",
                "i have to take leave from office to go there this is not acceptable give me somebody higher than you",
                "escalation_request",
            ),
            (
                "a",
                "sir there is nobody above me on this line but after the call you will receive one feedback sms you "
                "can give your rating there",
                "channel_redirect",
            ),
            ("c", "feedback sms wow fine then so nothing is happening today", ""),
            (
                "a",
                "is there anything else i can help you with sir thank you for calling skylink fibre have a good "
                "evening",
                "",
            ),
        ],
    ),
    # ------------------------------------------------------------------ 02
    dict(
        id="b14_02",
        pick=False,
        asr=False,
        domain="veterinary clinic",
        register="American",
        notes=(
            "Vet refill not authorised; vet blamed, recheck rule recited, repeat caller; agent apologises, holds to "
            "see the vet, phones the pharmacy herself and promises a call. Hard negatives: customer apology, son, "
            "automatic reminder text, validation that is not dismissal."
        ),
        utts=[
            ("a", "Good morning, Maple Ridge Animal Hospital, Trina speaking. What can I do for you?", ""),
            (
                "c",
                "Hi Trina, it's Gloria Banks. I'm calling about my dog's heart pills. The refill was supposed to be "
                "ready Monday and the pharmacy says there's nothing on file for him.",
                "",
            ),
            ("a", "Okay, let's find him. What's the phone number on the account, and what's the pup's name?", ""),
            ("c", "It's 503-221-4880, and he's Biscuit. Beagle, eleven years old.", ""),
            (
                "a",
                "There he is. So the request did come in, but Dr. Okafor never signed off on it. It's been sitting in "
                "her queue, not with us up front.",
                "blame_shift",
            ),
            (
                "c",
                "This is the third time I've called about this. Somebody told me last Thursday it would be sorted by "
                "the weekend.",
                "repeat_contact",
            ),
            (
                "a",
                "Our refill rules say any pet on long-term medication needs a recheck exam every twelve months before "
                "more can be authorized, and Biscuit's last one was fourteen months ago.",
                "policy_recital",
            ),
            (
                "c",
                "Nobody said a word about that on either of the other calls. He's got two pills left. Am I supposed "
                "to just let him run out?",
                "",
            ),
            (
                "a",
                "No, and somebody should have flagged the exam the first time you rang. I'm sorry it wasn't. Let me "
                "put you on hold for a few minutes while I walk back and catch Dr. Okafor in person.",
                "apology hold",
            ),
            (
                "a",
                "Thanks for hanging on. I caught her between appointments. She's approved a thirty-day supply so he "
                "doesn't miss a dose, and I'm calling the pharmacy myself the second we hang up so it's waiting for "
                "you.",
                "ownership",
            ),
            ("c", "Oh, thank goodness. And what about this recheck thing?", ""),
            ("a", "We'll want that done inside the month. I have Tuesday at 10:40 or Thursday at 3:15.", ""),
            ("c", "Thursday's better. My son can drive us over after his shift.", ""),
            ("a", "Thursday at 3:15 it is. The system sends an automatic text reminder the day before.", ""),
            ("c", "Okay. And I apologize for snapping at you earlier. It's been a rough week with him.", ""),
            (
                "a",
                "You had every reason to be fed up after three calls. Nobody should have to chase heart medication "
                "for a dog that old.",
                "",
            ),
            (
                "a",
                "I'll phone you around two this afternoon to confirm the pharmacy has the bottle ready on the shelf.",
                "follow_up_promise",
            ),
            ("c", "That'd be wonderful. Thank you, Trina, really.", ""),
            ("a", "You're welcome. Give Biscuit a scratch behind the ears from all of us.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 03
    dict(
        id="b14_03",
        pick=False,
        asr=False,
        domain="dry cleaner",
        register="British (Yorkshire)",
        notes=(
            "Clean. Suit needed a day early for a daughter's wedding; hold to find it on the rail, agent presses it "
            "herself, rings when it is ready. Hard negatives: customer apology, no ticket needed, stain already "
            "treated, customer's workplace."
        ),
        utts=[
            ("a", "Morning, Crisp & Co. Dry Cleaners, Bev speaking.", ""),
            (
                "c",
                "Oh hiya, love. I dropped a grey suit in on Saturday, ticket 4471, and I'm wondering if there's any "
                "chance it'll be done before Thursday instead of Friday.",
                "",
            ),
            ("a", "Let's have a look. Is that under Hollins?", ""),
            (
                "c",
                "That's it, Martin Hollins. It's for our Jodie's wedding on Thursday, would you believe, I'd clean "
                "forgot it were this week.",
                "",
            ),
            (
                "a",
                "Oh, congratulations to Jodie! Hang on a few minutes and I'll nip through the back and find it on the "
                "rail.",
                "hold",
            ),
            (
                "a",
                "Right, I've got it in my hand. The jacket's done, but the trousers are still in the queue for "
                "pressing.",
                "",
            ),
            ("c", "Is there any way of bumping them up? I know it's a cheek.", ""),
            (
                "a",
                "It's no cheek at all. I'll press them myself this afternoon once the lunchtime rush dies down, so "
                "the whole suit's ready for tomorrow.",
                "ownership",
            ),
            ("c", "You're a star. Sorry to be a nuisance, honestly.", ""),
            ("a", "You're not. We get a last-minute wedding suit at least once a week, it keeps us on our toes.", ""),
            ("c", "What time do you shut tomorrow? I don't finish at the depot till half five.", ""),
            (
                "a",
                "We're open till six on Wednesdays, so you've plenty of time. You won't need the ticket either, your "
                "name's enough.",
                "",
            ),
            ("c", "Brilliant. There was a little mark on the cuff as well, I think it's gravy from the works do.", ""),
            (
                "a",
                "I spotted that when it came in. It's come out in the clean, and there's no charge for spot treatment.",
                "",
            ),
            ("c", "Grand. Will you let me know when it's bagged up?", ""),
            (
                "a",
                "I will. I'll give you a ring on your mobile tomorrow morning as soon as it's hung up and ready to go.",
                "follow_up_promise",
            ),
            ("c", "Cracking. Thanks, Bev, you've saved my bacon there.", ""),
            ("a", "No bother at all. Have a smashing day on Thursday.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 04
    dict(
        id="b14_04",
        pick=False,
        asr=False,
        domain="car rental",
        register="Canadian",
        notes=(
            "Damage charge for a scratch present at pickup; repeat emails, customer blamed for the condition sheet, "
            "rental agreement recited, hollow empathy with a can't; hold + transfer to the shift supervisor, who "
            "apologises, reverses the charge herself and promises an email. Hard negatives: refund confirmation, "
            "customer's wife."
        ),
        utts=[
            ("a", "Thanks for calling Northway Car Rental, this is Kyle. How can I help?", ""),
            (
                "c",
                "Hi Kyle. I returned a Corolla to your Halifax airport location on the 3rd and I've just been charged "
                "$380 for a scratch on the rear bumper that was already there when I picked it up.",
                "",
            ),
            ("a", "Sorry about that surprise on your statement. Can I get the rental agreement number?", "apology"),
            (
                "c",
                "It's NW-558213. And I've already emailed your damage department twice with the photos I took at "
                "pickup. Nobody's answered.",
                "repeat_contact",
            ),
            (
                "a",
                "Okay, I see it. The problem is the scratch wasn't marked on the vehicle condition sheet when you "
                "drove off, so from our side it looks like it happened on your rental.",
                "blame_shift",
            ),
            ("c", "Nobody handed me a condition sheet. The guy tossed me the keys and pointed at the lot.", ""),
            (
                "a",
                "Section 7 of the rental agreement says the renter accepts the vehicle as described on the condition "
                "report unless damage is noted before leaving the lot. That's what the charge is based on.",
                "policy_recital",
            ),
            ("c", "But I have timestamped photos from the lot. They show the scratch before I even got in.", ""),
            (
                "a",
                "I hear what you're saying, but I've got no ability to reverse a damage charge from the reservations "
                "desk. It's locked once it's been assessed.",
                "feeling_dismissal cant_language",
            ),
            ("c", "Then I'd like to speak to a supervisor, please.", "escalation_request"),
            (
                "a",
                "Sure. I'll place you on a brief hold while I get my supervisor, Dana, on the line and bring her in.",
                "hold transfer",
            ),
            ("a", "Hi there, it's Dana, I'm the shift supervisor. Kyle's filled me in on the bumper.", ""),
            ("c", "Great. So can you look at my photos, or do I have to send them a third time?", ""),
            (
                "a",
                "You shouldn't have had to send them twice. I apologize for that, and for the silence on the emails.",
                "apology",
            ),
            (
                "a",
                "I've pulled up the pickup photos from your email now, the timestamps match, and I'm reversing the "
                "$380 myself while we're talking.",
                "ownership",
            ),
            ("c", "Oh. Okay. Wow, thank you.", ""),
            (
                "a",
                "The refund goes back to the card ending 0912 and usually shows up in five to seven business days.",
                "",
            ),
            ("c", "That works.", ""),
            (
                "a",
                "I'm also going to speak to the Halifax lot about how they're doing handovers, and I'll email you by "
                "Friday to confirm the reversal has cleared.",
                "follow_up_promise",
            ),
            ("c", "Appreciate it, Dana. My wife was convinced I'd be stuck with it.", ""),
            ("a", "Not this time. Thanks for sticking with us, and safe travels.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 05
    dict(
        id="b14_05",
        pick=False,
        asr=True,
        domain="house removals",
        register="Irish",
        notes=(
            "Movers broke a mirror and a chair; subcontractors blamed, website form offered, promised call-back never "
            "came; apology, short transfer to the claims handler beside the agent, who takes the claim on and promises "
            "an assessor's call. Hard negatives: short pause before a transfer, photos emailed straight to the "
            "handler, customer's mother and daughter, agent saying there is no need to repeat."
        ),
        utts=[
            ("a", "good morning shamrock removals this is niamh speaking", ""),
            (
                "c",
                "hi niamh its declan furlong here we had the move out to ballin colleague last wednesday and em your "
                "lads broke a mirror and the the leg off a chair",
                "",
            ),
            ("a", "ah no im sorry that happened can i get the job reference off you there", "apology"),
            ("c", "its s r four four one nine i think yeah s r four four one nine", ""),
            (
                "a",
                "right i have it here so now the crew on that job were subcontracted so the damage would really be a "
                "matter between yourself and them",
                "blame_shift",
            ),
            (
                "c",
                "i rang on friday and a girl told me someone would ring me back on monday and sure nobody did",
                "repeat_contact",
            ),
            (
                "a",
                "okay well the quickest thing would be to fill in the damage claim form on the website and upload "
                "your photos onto that",
                "channel_redirect",
            ),
            ("c", "i dont want to be filling in forms i want to know whos paying for a mirror", ""),
            ("c", "that was my mothers that mirror", ""),
            ("a", "youre dead right and im sorry you were told youd get a call and never got one", "apology"),
            ("c", "so what happens now", ""),
            (
                "a",
                "hang on one second our claims lady maura is sitting right beside me ill pass you over to her now and "
                "you can tell her straight",
                "transfer",
            ),
            ("a", "hi declan maura here i heard most of that so you wont have to go over it all again", ""),
            ("c", "grand so the mirror is gone completely and the chair is one of a set of four", ""),
            (
                "a",
                "right what ill do is take this claim on myself the lads were working for us so its us youll deal "
                "with not them",
                "ownership",
            ),
            ("c", "and the form on the website", ""),
            (
                "a",
                "no form at all ill write it up from this call just email the photos to me maura at shamrock removals "
                "dot ie",
                "",
            ),
            ("c", "ill send them on tonight my daughter has them on her phone", ""),
            (
                "a",
                "perfect and the assessor will ring you thursday to arrange a look at the chair and ill text you "
                "myself once hes confirmed the time",
                "follow_up_promise",
            ),
            ("c", "thats more like it thanks maura", ""),
            ("a", "not at all and sorry again for the runaround mind yourself declan", "apology"),
        ],
    ),
    # ------------------------------------------------------------------ 06
    dict(
        id="b14_06",
        pick=False,
        asr=False,
        domain="piano tuning",
        register="Australian",
        notes=(
            "Clean. Booking a tuning for an inherited upright; short look at the diary with no wait, softener that is "
            "not an apology, customer's can't, instructions about heat, confirmation email, no parking to arrange; "
            "technician's call before the visit is promised."
        ),
        utts=[
            ("a", "Harmony Piano Services, you've got Lachlan. How can I help?", ""),
            (
                "c",
                "G'day, Lachlan. I've just inherited my gran's old upright and it sounds like a honky-tonk bar. I'd "
                "like to book a tuning.",
                "",
            ),
            ("a", "Lovely. Any idea roughly how old it is, or the brand on the fallboard?", ""),
            ("c", "It says Beale on the front. Mum reckons it's from the fifties.", ""),
            (
                "a",
                "Beautiful pianos, those. If it hasn't been tuned in a while it may need a pitch raise first, which "
                "adds half an hour. Whereabouts are you?",
                "",
            ),
            ("c", "Marrickville. Is it going to cost a fortune?", ""),
            (
                "a",
                "A standard tune is $180, and with the pitch raise it comes to $240. The technician will tell you on "
                "the day if it doesn't need it.",
                "",
            ),
            ("c", "Fair enough. Could you do a Monday? I can't get off work any other day.", ""),
            (
                "a",
                "One sec, just bringing up the diary. Afraid not this week or next, Mondays are chockers until the "
                "14th, but I've got Monday the 21st at nine.",
                "",
            ),
            ("c", "The 21st is fine.", ""),
            (
                "a",
                "Right, I'll lock that in for you now under your name. Can I grab your mobile and the street address?",
                "ownership",
            ),
            ("c", "0412 778 903, and it's 14 Juliett Street.", ""),
            ("a", "Done. You'll get a confirmation email in the next few minutes with all the details.", ""),
            ("c", "Anything I should do before he comes? It's in the sunroom at the moment.", ""),
            (
                "a",
                "If you can, move it off the sunny wall a week or so beforehand and keep it clear of the heater. "
                "Pianos hate temperature swings, and it'll hold the tune much longer.",
                "",
            ),
            ("c", "Will do. Sorry, one more thing, does he need a parking spot? The street's a nightmare.", ""),
            ("a", "He'll manage, he drives a little van. Nothing for you to organise.", ""),
            (
                "a",
                "Rowan, our technician, will give you a call the Friday before to confirm he's still coming at nine, "
                "and I'll pass on the bit about the parking.",
                "follow_up_promise",
            ),
            ("c", "Perfect, thanks Lachlan.", ""),
            ("a", "No worries at all. Enjoy Gran's piano.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 07
    dict(
        id="b14_07",
        pick=True,
        asr=False,
        domain="island ferry operator",
        register="Scottish",
        notes=(
            "Weather cancellation rebooked to an unusable date; hold, conditions of carriage, harbour authority "
            "blamed, dismissal, can't, web form, two manager requests refused, write to head office. No fix. Hard "
            "negatives: an offer to check that leads nowhere, a softener."
        ),
        utts=[
            ("a", "Good afternoon, Hebridean Link Ferries, you're through to Callum.", ""),
            (
                "c",
                "Hi Callum. My sailing from Oban to Castlebay on Saturday was cancelled for weather, and your "
                "system's moved me and the car to next Wednesday. I can't go on Wednesday. I want my money back.",
                "",
            ),
            ("a", "I can check that for you. What's the booking reference?", ""),
            ("c", "HL-77309. The name's Fraser.", ""),
            ("a", "Thanks, Mrs Fraser. I'll just pop you on hold for a minute while I pull up the sailing.", "hold"),
            (
                "a",
                "Right, I'm back. So, under our conditions of carriage, where a sailing's cancelled for weather we "
                "offer the next available crossing, and refunds only apply if you cancel more than 48 hours ahead.",
                "policy_recital",
            ),
            ("c", "I didn't cancel. You cancelled. How is that me cancelling?", ""),
            (
                "a",
                "To be fair, the call wasn't ours. The harbour authority shut the pier at Castlebay, so that was "
                "their decision, not the company's.",
                "blame_shift",
            ),
            ("c", "I don't care whose decision it was. It's £212 for a crossing I can't use.", ""),
            (
                "a",
                "There's no sense getting cross with me about the weather, Mrs Fraser. Nobody can do anything about a "
                "force nine.",
                "feeling_dismissal",
            ),
            (
                "c",
                "I'm not cross about the weather. I rang on Saturday morning and was told someone would sort a "
                "refund, and then I got an email saying Wednesday.",
                "repeat_contact",
            ),
            (
                "a",
                "I can see a note from Saturday, but there's nothing on it I'm allowed to act on. Refunds aren't "
                "something I can process from this line at all.",
                "cant_language",
            ),
            ("c", "Then who can?", ""),
            (
                "a",
                "If you'd like to request an exception, there's a customer relations form on our website under Help, "
                "and they'll review it within 28 days.",
                "channel_redirect",
            ),
            ("c", "Twenty-eight days. Can I speak to your manager, please?", "escalation_request"),
            (
                "a",
                "Managers don't take calls directly. There isn't a way for me to put you through to one.",
                "cant_language",
            ),
            ("c", "So there's nobody more senior than you I can talk to today? Nobody at all?", "escalation_request"),
            (
                "a",
                "The form really is the route. You could also write to our head office in Gourock, the address is at "
                "the bottom of your booking email.",
                "channel_redirect",
            ),
            ("c", "Right. So I'm out £212 and I've to fill in a form.", ""),
            ("a", "The Wednesday booking will stay on unless you cancel it. Was there anything else today?", ""),
            ("c", "No. Nothing you can help with, clearly.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 08
    dict(
        id="b14_08",
        pick=False,
        asr=False,
        domain="dental clinic",
        register="Nigerian English",
        notes=(
            "Double debit after scaling; customer's bank blamed and the customer sent back to it, can't, repeat visit; "
            "short transfer to the practice manager beside the agent, who apologises, takes the reconciliation on "
            "herself and promises a call. Hard negatives: a hold word with no wait, screenshots sent straight to the "
            "manager, customer's wife."
        ),
        utts=[
            ("a", "Good afternoon, BrightSmile Dental Clinic, Ikeja. My name is Funmilayo. How may I help you?", ""),
            (
                "c",
                "Good afternoon, Funmilayo. My name is Chukwuemeka Obi. I did scaling and polishing with you people "
                "on the 12th, and I was debited twice. Twenty-five thousand naira, two times.",
                "",
            ),
            ("a", "Okay, sir. Please hold on, let me check your file. What is your phone number?", ""),
            ("c", "It's 0803 455 1290.", ""),
            (
                "a",
                "I can see only one payment on our side, sir. If you were debited two times, it is your bank that "
                "duplicated it. You need to go and talk to them.",
                "blame_shift channel_redirect",
            ),
            (
                "c",
                "I have talked to my bank. They said the second debit went to your POS. I even came to your clinic on "
                "Tuesday and your cashier told me to call this number.",
                "repeat_contact",
            ),
            (
                "a",
                "Sir, from this desk I don't have access to the POS records at all. There is nothing I can see about "
                "it.",
                "cant_language",
            ),
            ("c", "So I should just forget fifty thousand naira like that?", ""),
            (
                "a",
                "No, sir. Abeg, hold on, our practice manager is sitting here with me. Let me hand the phone to her "
                "directly.",
                "transfer",
            ),
            ("a", "Good afternoon, Mr Obi. This is Mrs Adeyemi, the practice manager. I heard the last part.", ""),
            ("c", "Good afternoon, ma. I just want my money.", ""),
            (
                "a",
                "I am very sorry you had to come down here and still get sent back to your bank. That should not have "
                "happened.",
                "apology",
            ),
            (
                "a",
                "I will pull the POS settlement report myself this evening and match it against your statement. If we "
                "took it twice, I will personally see that it is reversed.",
                "ownership",
            ),
            ("c", "Okay. What do you need from me?", ""),
            (
                "a",
                "Just send a screenshot of the two debits to this WhatsApp number, 0809 112 7766. It comes straight "
                "to me, not to a general line.",
                "",
            ),
            ("c", "I will send it now now.", ""),
            (
                "a",
                "Thank you. I will call you back before 12 noon tomorrow with what the report shows.",
                "follow_up_promise",
            ),
            ("c", "That is fine. My wife said I should just leave it, but it is not small money.", ""),
            ("a", "It is not small money at all, and you were right to follow it up. Have a good evening, sir.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 09
    dict(
        id="b14_09",
        pick=False,
        asr=True,
        domain="public library",
        register="Canadian",
        notes=(
            "Clean. Renewals by phone, an old fine already cleared, a meeting room booked after a hold + transfer to "
            "the branch desk. Hard negatives: no card needed, automatic fine removal, clarifying line about the call "
            "cutting out, confirmation email."
        ),
        utts=[
            ("a", "good afternoon riverside public library this is marc how can i help", ""),
            (
                "c",
                "hi um yeah i have a couple of books that are due tomorrow and i was wondering if i can renew them "
                "over the phone cuz my card is uh somewhere in the car",
                "",
            ),
            ("a", "yeah for sure you dont need the card i can look you up by name whats your last name", ""),
            ("c", "its pelletier p e l l e t i e r first name is sophie", ""),
            (
                "a",
                "okay got you sophie um there are three items due tomorrow the two cookbooks and the the all the book",
                "",
            ),
            ("c", "the audiobook yeah those ones", ""),
            ("a", "perfect ill renew all three of those for you right now", "ownership"),
            ("a", "okay theyre all good till the fourteenth of next month", ""),
            ("c", "awesome and uh theres a late fee on there from the summer i think like two bucks", ""),
            (
                "a",
                "oh that one got wiped automatically when we stopped charging fines in september so youre all square",
                "",
            ),
            (
                "c",
                "oh nice um the other thing is my book club wants to book the meeting room at the bay view branch",
                "",
            ),
            ("a", "sorry that cut out a bit on my end which branch was that", ""),
            ("c", "bay view the one by the marina", ""),
            (
                "a",
                "sure thing ill pop you on hold and connect you straight through to the bay view desk and theyll book "
                "it with you",
                "hold transfer",
            ),
            ("a", "bay view branch gurpreet speaking i hear youre after the meeting room", ""),
            ("c", "yeah for a book club like eight people the second tuesday of the month in the evening", ""),
            ("a", "we have it free from six till eight thirty on second tuesdays would that work", ""),
            ("c", "perfect yeah", ""),
            ("a", "great let me put you in for the next three months under sophie pelletier", "ownership"),
            ("a", "okay all booked youll get an email with the three dates in a minute or two", ""),
            ("c", "amazing thank you so much", ""),
            ("a", "no problem at all enjoy the book club", ""),
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        id="b14_10",
        pick=True,
        asr=False,
        domain="student loan servicer",
        register="American",
        notes=(
            "Income-driven plan dropped, payment jumps; repeat upload and call, previous servicer blamed, hollow "
            "empathy into federal rules, website redirect, hold + transfer to document processing, can't, fax "
            "redirect, supervisor refused, dismissal about the due date. No fix."
        ),
        utts=[
            (
                "a",
                "Thank you for calling Keystone Loan Servicing. My name is Andre. Can I have your account number?",
                "",
            ),
            (
                "c",
                "Sure, it's 6610-448-2273. I'm calling because my income-driven plan got dropped and my payment "
                "jumped from $112 to $640.",
                "",
            ),
            (
                "a",
                "Let me verify a couple of things. Can you confirm your date of birth and the last four of your "
                "Social?",
                "",
            ),
            ("c", "March 9th, 1991, and 5538.", ""),
            (
                "a",
                "Thank you, Ms. Reyes. I'm showing your recertification wasn't received by the deadline, so the plan "
                "reverted to standard repayment.",
                "",
            ),
            (
                "c",
                "It was received. I uploaded it in March, and I called in April and someone told me it was in the "
                "queue.",
                "repeat_contact",
            ),
            (
                "a",
                "Right. A lot of files came over from your previous servicer when the accounts were moved to us, and "
                "documents from that period didn't always make it. That would have been on their side.",
                "blame_shift",
            ),
            ("c", "I uploaded it to you, though. To your portal. I have the confirmation screen.", ""),
            (
                "a",
                "I understand. Under federal regulations, the plan can only be reinstated once a complete "
                "recertification is processed, so until then the standard payment applies.",
                "feeling_dismissal policy_recital",
            ),
            ("c", "I can't pay $640. I'll default. What am I supposed to do?", ""),
            (
                "a",
                "The fastest way is to resubmit the recertification through StudentAid.gov, and it'll route back to "
                "us from there.",
                "channel_redirect",
            ),
            (
                "c",
                "I already did it once. Can I talk to your supervisor, or anyone who can actually find my upload?",
                "escalation_request",
            ),
            (
                "a",
                "Let me place you on hold and transfer you to our document processing team. They handle uploaded "
                "forms.",
                "hold transfer",
            ),
            ("a", "Document processing, this is Leanne.", ""),
            (
                "c",
                "Hi. I uploaded my recertification in March, I have the confirmation number, and it's been lost. I'm "
                "explaining this for the fourth time.",
                "repeat_contact",
            ),
            (
                "a",
                "I'm looking, and I don't see any upload from March. I can't search by a portal confirmation number, "
                "there's no field for it on my screen.",
                "cant_language",
            ),
            ("c", "So it's just gone?", ""),
            (
                "a",
                "What you can do is fax a copy to our correspondence unit at 1-800-555-0143, attention document "
                "processing, with the confirmation number on the cover sheet.",
                "channel_redirect",
            ),
            (
                "c",
                "A fax. Okay, I asked for a supervisor before and got sent to you. I'm asking again. I need a "
                "supervisor.",
                "escalation_request",
            ),
            (
                "a",
                "There isn't a supervisor on this team taking calls right now, and they couldn't reinstate the plan "
                "without the form either.",
                "cant_language",
            ),
            ("c", "And my $640 payment is due on the 28th.", ""),
            (
                "a",
                "Try not to stress about the due date yet. Once the fax is processed, which can take up to 30 days, "
                "any overpayment goes toward the next bill.",
                "feeling_dismissal",
            ),
            ("c", "That doesn't help me on the 28th. This is unbelievable.", ""),
            (
                "a",
                "I've added a note to the account that you called today about the March upload. Is there anything "
                "else I can help you with?",
                "",
            ),
        ],
    ),
    # ------------------------------------------------------------------ 11
    dict(
        id="b14_11",
        pick=False,
        asr=True,
        domain="boiler breakdown cover",
        register="British (Manchester)",
        notes=(
            "Engineer no-show, repeat call; routing system blamed, customer told how to feel, pushes back; agent "
            "apologises, takes it on with a hold, finds an engineer for today and promises a call. Hard negatives: "
            "baby in the house, reset instruction with the word hold, no-worries reassurance with a diagnosis."
        ),
        utts=[
            ("a", "morning warmhome heating cover youre through to jordan", ""),
            (
                "c",
                "hiya jordan right ive been sat in since eight waiting on an engineer and nobodys come and i rang you "
                "last week when the exact same thing happened",
                "repeat_contact",
            ),
            ("a", "oh right okay can i take your postcode and the first line of the address", ""),
            ("c", "m fourteen six r x twelve carlton road", ""),
            (
                "a",
                "right ive got you here and it looks like the routing system dropped your job off the engineers list "
                "overnight thats why nobody came its the system thats done it",
                "blame_shift",
            ),
            ("c", "i dont care whats done it ive got no hot water and a baby in the house", ""),
            (
                "a",
                "theres no need to get yourself in a state about it we get these sorted all the time",
                "feeling_dismissal",
            ),
            ("c", "dont tell me not to get in a state youve let me down twice now", ""),
            (
                "a",
                "youre right im sorry that was out of order from me and its not on that youve been let down twice",
                "apology",
            ),
            (
                "a",
                "let me sort this one out myself ill put you on hold for a couple of minutes and find you an engineer "
                "for today",
                "ownership hold",
            ),
            (
                "a",
                "right cheers for holding ive been on to dispatch and ive got lee he can be with you between one and "
                "three today",
                "",
            ),
            ("c", "today are you sure cuz thats what they said last time", ""),
            ("a", "hes confirmed it with me direct hes finishing a job in dids berry now", ""),
            ("c", "right", ""),
            (
                "a",
                "and ill ring you myself at half twelve to check hes on his way if hes not ill be chasing it before "
                "you have to",
                "follow_up_promise",
            ),
            ("c", "okay thats better ta", ""),
            ("a", "in the meantime if you press the reset button on the boiler once", ""),
            ("a", "and hold it for about three seconds it might give you some hot water till he gets there", ""),
            ("c", "tried that before i rang it just flashes red at me", ""),
            (
                "a",
                "no bother then leave it be lee will sort the red light its probably the pressure sensor on them "
                "older combis",
                "",
            ),
            ("c", "alright cheers jordan", ""),
            ("a", "ta ra", ""),
        ],
    ),
    # ------------------------------------------------------------------ 12
    dict(
        id="b14_12",
        pick=False,
        asr=False,
        domain="wedding florist",
        register="British (London)",
        notes=(
            "Clean. Colour scheme change for a wedding; hold to check the grower's list, agent reworks the order "
            "herself and promises a sample photo. Hard negatives: customer apology and third-bride remark (not a "
            "repeat contact), no need to come in again, a seasonal fact offered with an alternative."
        ),
        utts=[
            ("a", "Good morning, Petal & Stem, Georgia speaking.", ""),
            (
                "c",
                "Hi Georgia, it's Priya Shah. You're doing the flowers for my wedding on the 19th of October. I'd "
                "like to change the colour scheme, if it's not too late.",
                "",
            ),
            (
                "a",
                "Congratulations, and no, it's definitely not too late. Let me bring up your order. So at the moment "
                "it's blush and ivory, with eucalyptus?",
                "",
            ),
            (
                "c",
                "That's right. My fiancé's mum saw the bridesmaids' dresses and, long story, they're now deep "
                "burgundy. Blush looks a bit washed out next to them.",
                "",
            ),
            (
                "a",
                "Ooh, burgundy's gorgeous for October. We could do burgundy dahlias, ranunculus and some dark "
                "scabious, with ivory to lift it. Peonies will be long finished by then, but garden roses give you "
                "the same fullness.",
                "",
            ),
            ("c", "That sounds lovely. Can you still get dahlias that late?", ""),
            (
                "a",
                "Good question. Give me a few minutes on hold and I'll check the grower's October list, so I'm not "
                "promising you something that won't turn up.",
                "hold",
            ),
            (
                "a",
                "Thanks for waiting. Dahlias are fine until the middle of October, and the grower has a lovely deep "
                "variety called Karma Choc.",
                "",
            ),
            ("c", "Perfect. Will the price change much?", ""),
            (
                "a",
                "The bouquets stay the same. The table arrangements go up by about £6 each, so around £90 more across "
                "fifteen tables.",
                "",
            ),
            ("c", "That's fine. Sorry, I know I'm probably the third bride this week to do this to you.", ""),
            (
                "a",
                "Honestly, it happens all the time. I'll rework the whole order for you this afternoon and redo the "
                "quote myself.",
                "ownership",
            ),
            ("c", "Could I see what it would look like first?", ""),
            (
                "a",
                "Of course. I'll make up a sample posy on Thursday and send you a photo by Friday lunchtime, so you "
                "can show your fiancé's mum too.",
                "follow_up_promise",
            ),
            ("c", "Oh, that would be brilliant.", ""),
            (
                "a",
                "And there's no need to come in for another consultation, just reply to my photo with any tweaks.",
                "",
            ),
            ("c", "Perfect. Thanks so much, Georgia.", ""),
            ("a", "My pleasure. Speak Friday.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 13
    dict(
        id="b14_13",
        pick=True,
        asr=True,
        domain="mobile network (prepaid airtime)",
        register="Nigerian English",
        notes=(
            "Airtime swallowed by a value-added service; customer blamed, service terms, USSD redirect, repeat visit "
            "to an office, can't, told to calm down, two supervisor requests refused, sent to a shop. No fix. Hard "
            "negatives: short check with no wait, customer's work."
        ),
        utts=[
            ("a", "welcome to zenitel customer care my name is blessing how may i help you", ""),
            (
                "c",
                "good afternoon blessing i loaded two thousand naira airtime this morning and before i could even "
                "make one call it has disappeared",
                "",
            ),
            ("a", "okay madam can i have the phone number", ""),
            ("c", "zero eight zero six two two one four four seven nine", ""),
            ("a", "okay madam let me check it small", ""),
            (
                "a",
                "madam i can see you subscribed to a value had it service for caller tunes that is what took the "
                "money so it is from your own side",
                "blame_shift",
            ),
            ("c", "i did not subscribe to anything i dont even know what is caller tune", ""),
            (
                "a",
                "madam according to the vas terms once the subscription code is dialled the service is activated and "
                "the charges are not refundable",
                "policy_recital",
            ),
            ("c", "which code i did not dial any code", ""),
            (
                "a",
                "to stop it you can dial star three one two hash and choose option two to deactivate all the services "
                "yourself",
                "channel_redirect",
            ),
            (
                "c",
                "i dialled that one last week when this same thing happened and i even went to your office at allen "
                "avenue they said it has been stopped",
                "repeat_contact",
            ),
            (
                "a",
                "madam i cannot reverse the deduction from here the system does not allow any refund on vas at all",
                "cant_language",
            ),
            ("c", "so my two thousand is gone just like that this is robbery", ""),
            ("a", "madam there is no need to shout at me please calm down first", "feeling_dismissal"),
            ("c", "i am not shouting i want to speak to your supervisor now", "escalation_request"),
            (
                "a",
                "the supervisor cannot reverse it also madam it is the same system we are all using",
                "cant_language",
            ),
            ("c", "just put me through to somebody higher please", "escalation_request"),
            (
                "a",
                "if you want you can walk into any zenitel shop with your id card and lodge a complaint there",
                "channel_redirect",
            ),
            ("c", "that shop is far from my place and i have to close from work early to go there", ""),
            ("a", "is there any other thing i can help you with madam", ""),
            ("c", "no nothing thank you", ""),
        ],
    ),
    # ------------------------------------------------------------------ 14
    dict(
        id="b14_14",
        pick=False,
        asr=False,
        domain="pet insurance",
        register="Australian",
        notes=(
            "Claim declined as pre-existing; clause recited, vet's notes blamed, can't, repeat call, team leader asked "
            "for; short transfer to the team leader beside the agent, who takes the review on, requests notes herself, "
            "apologises and promises a call. Hard negatives: no need to chase the vet."
        ),
        utts=[
            (
                "a",
                "Thanks for calling Waggle Pet Insurance, you're speaking with Jess. What can I do for you today?",
                "",
            ),
            (
                "c",
                "Hi Jess, it's Tom Nguyen. My cat Miso's claim for her bladder surgery got knocked back and I don't "
                "understand why.",
                "",
            ),
            (
                "a",
                "Oh, I'm sorry, that's a rotten letter to open on top of a sick cat. Can I grab the claim number?",
                "apology",
            ),
            ("c", "It's WPI-20931.", ""),
            (
                "a",
                "Thanks. So it's been declined as a pre-existing condition. Clause 4.2 of your policy excludes any "
                "condition that showed signs in the six months before cover started.",
                "policy_recital",
            ),
            ("c", "She never had bladder problems before. Never.", ""),
            (
                "a",
                "The assessor's gone off the vet's clinical notes. There's an entry from last February that mentions "
                "straining in the litter tray, so if that's wrong, it's the clinic's notes that have caused it.",
                "blame_shift",
            ),
            (
                "c",
                "That was constipation, and the vet fixed it with a diet change! I already rang you on Monday about "
                "this and the bloke said he'd look into it.",
                "repeat_contact",
            ),
            (
                "a",
                "I can see Monday's note, but I can't overturn an assessor's decision. That's just not something I'm "
                "able to change from here.",
                "cant_language",
            ),
            ("c", "Then I want someone senior to look at it. Your team leader, whoever.", "escalation_request"),
            (
                "a",
                "Fair call. My team leader Priya's sitting right next to me, I'll pass you across to her.",
                "transfer",
            ),
            ("a", "Hi Tom, Priya here. Jess has given me the gist.", ""),
            ("c", "Great. So it's constipation versus a bladder blockage. Completely different thing.", ""),
            (
                "a",
                "It is, and I'm taking the review on myself. With your okay, I'll request the full February notes "
                "from your vet directly so you don't have to chase them.",
                "ownership",
            ),
            ("c", "Yes, please do. Whatever you need.", ""),
            (
                "a",
                "And I'm sorry the first answer you got was a flat no with a clause number. That's not how it should "
                "have been explained.",
                "apology",
            ),
            (
                "a",
                "Once the notes land, I'll reassess it and call you by Wednesday next week with the outcome, either "
                "way.",
                "follow_up_promise",
            ),
            ("c", "Okay. That's fair. Thanks, Priya.", ""),
            ("a", "No dramas. Give Miso a pat from us.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 15
    dict(
        id="b14_15",
        pick=False,
        asr=False,
        domain="bicycle repair shop",
        register="German customer, non-native English",
        notes=(
            "Clean. Gear repair status; hold + transfer from the counter to the mechanic, apology for the delay, part "
            "ordered and fitted by the mechanic himself, call promised. Hard negatives: customer apology for her "
            "English, neutral supplier timing, no receipt needed."
        ),
        utts=[
            ("a", "Spoke & Chain Cycles, Ollie speaking.", ""),
            (
                "c",
                "Hello, good morning. My name is Katrin Vogel. I brought my bicycle to you on Monday for the gears, "
                "and I wanted to ask if it is finished.",
                "",
            ),
            (
                "a",
                "Morning, Katrin. I'm on the front counter today, so I'll put you on hold for a moment and get you "
                "through to Sam, the mechanic who's working on it.",
                "hold transfer",
            ),
            ("a", "Hiya, Sam in the workshop. You're the blue Gazelle with the hub gears?", ""),
            ("c", "Yes, exactly. The blue one. Is it ready?", ""),
            (
                "a",
                "Not quite, I'm sorry. When I opened the hub, one of the internal pawls had worn through, so it needs "
                "a part. I should have rung you about it yesterday.",
                "apology",
            ),
            ("c", "Ah, okay. Excuse me, my English is not so good, what is a pawl?", ""),
            (
                "a",
                "No problem at all. It's a small spring-loaded catch inside the hub that lets the gear grip. Yours "
                "has snapped, so the gears slip when you pedal hard.",
                "",
            ),
            ("c", "I see. And how long does this take?", ""),
            (
                "a",
                "The supplier's quick, normally two days. The part is about £14 and the labour stays the same as I "
                "quoted you.",
                "",
            ),
            ("c", "Okay. I need the bicycle for work, I have no car. Is it possible by Friday?", ""),
            (
                "a",
                "I'll order the part for you right now on next-day delivery and fit it myself as soon as it arrives, "
                "so Friday should be comfortable.",
                "ownership",
            ),
            ("c", "That is very kind, thank you.", ""),
            (
                "a",
                "I'll give you a call on Thursday afternoon once it's fitted and test-ridden, so you're not coming in "
                "for nothing.",
                "follow_up_promise",
            ),
            ("c", "Wonderful. Should I bring something? The receipt from Monday?", ""),
            ("a", "No need, we've got your job card here. Just bring yourself and a lock.", ""),
            ("c", "Ha, okay. Thank you, Sam.", ""),
            ("a", "Cheers, Katrin. Talk Thursday.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 16
    dict(
        id="b14_16",
        pick=True,
        asr=False,
        domain="home warranty",
        register="American (Texas)",
        notes=(
            "AC claim denied for maintenance in a heatwave; third call, service agreement recited, contractor blamed "
            "and left between customer and him, hollow empathy with a can't, short transfer to a supervisor beside the "
            "agent who recites the claim window, portal upload redirect, no expediting, dismissal, corporate request "
            "refused. No fix. Hard negatives: customer's kids, customer's can't."
        ),
        utts=[
            (
                "a",
                "Thank you for calling ShieldHome Warranty. This is Brittany. Can I get the address on the contract?",
                "",
            ),
            (
                "c",
                "It's 2207 Pecan Hollow Drive, San Antonio. My AC died four days ago, it's 104 outside, and your "
                "claim came back denied.",
                "",
            ),
            ("a", "Okay, I have it. The claim was denied for improper maintenance.", ""),
            (
                "c",
                "Right, and this is the third time I'm calling. Your contractor came out twice and couldn't even tell "
                "me what was wrong with it.",
                "repeat_contact",
            ),
            (
                "a",
                "Under section 12 of your service agreement, failures due to lack of routine maintenance, such as "
                "dirty coils or clogged filters, are excluded from coverage.",
                "policy_recital",
            ),
            ("c", "The coils were cleaned in March. I have a receipt.", ""),
            (
                "a",
                "The technician's report says the coils were dirty. We go by what the contractor documents, so if you "
                "disagree with his findings, that's really between you and him.",
                "blame_shift",
            ),
            ("c", "He was in my attic for ten minutes! He took one picture.", ""),
            (
                "a",
                "I know it's hot and it's frustrating, but I can't override a denial that's based on the technician's "
                "report.",
                "feeling_dismissal cant_language",
            ),
            ("c", "Then get me a supervisor, please.", "escalation_request"),
            ("a", "My supervisor Marcus is at the next desk over. I'll hand you to him now.", "transfer"),
            ("a", "This is Marcus. Brittany gave me the short version.", ""),
            ("c", "Good. So you'll look at my receipt from March?", ""),
            (
                "a",
                "Ma'am, the contract's pretty clear. Proof of maintenance has to be submitted within the dispute "
                "window, which is ten days from the denial, and it has to go through review.",
                "policy_recital",
            ),
            ("c", "Fine, I'll send the receipt. Where to?", ""),
            (
                "a",
                "You'll need to upload it yourself through the customer portal under Claims, then Disputes. It goes "
                "into the review queue from there.",
                "channel_redirect",
            ),
            ("c", "And how long does review take? My kids are sleeping in the living room with box fans.", ""),
            (
                "a",
                "Review runs 15 to 20 business days. There's no expediting it, and I don't have any way to move it up "
                "the queue.",
                "cant_language",
            ),
            ("c", "Three weeks in Texas in August with no AC.", ""),
            (
                "a",
                "Getting upset with us won't make it go faster, ma'am. A lot of folks pick up a portable unit in the "
                "meantime.",
                "feeling_dismissal",
            ),
            ("c", "I want someone above you, then. Corporate, whoever.", "escalation_request"),
            (
                "a",
                "There isn't anybody above me who takes calls, so I can't pass you any further. Is there anything "
                "else today?",
                "cant_language",
            ),
        ],
    ),
    # ------------------------------------------------------------------ 17
    dict(
        id="b14_17",
        pick=False,
        asr=True,
        domain="parcel courier",
        register="Australian",
        notes=(
            "Parcel marked delivered but missing; driver contractors blamed, web form redirect, customer already filed "
            "it; apology, agent chases it herself with a hold, finds a wrong house number, promises a call. Hard "
            "negatives: clarifying sorry about where the neighbours are, conditional replacement as follow-through."
        ),
        utts=[
            ("a", "morning youre through to quickfleet couriers this is shannon", ""),
            ("c", "hey shannon um ive got a parcel thats showing delivered yesterday at like two fifteen", ""),
            ("c", "but theres nothing here nothing at the door nothing with the neighbours", ""),
            ("a", "no worries can i grab the tracking number off you", ""),
            ("c", "yeah its q f nine nine two zero four one eight", ""),
            (
                "a",
                "yep so its been scanned as delivered by the driver and our drivers are all contractors so thats "
                "their scan not ours",
                "blame_shift",
            ),
            ("c", "right but its your company though", ""),
            (
                "a",
                "what youd wanna do is lodge a missing item form on our website and the team will investigate it from "
                "there",
                "channel_redirect",
            ),
            (
                "c",
                "i did i did the form tuesday night and nobody got back to me thats why im ringing",
                "repeat_contact",
            ),
            ("a", "ah okay im sorry i didnt realise youd done that already thats pretty rough", "apology"),
            (
                "a",
                "right let me chase it up myself then ill pop you on hold and have a look at the gps off the drivers "
                "scanner",
                "ownership hold",
            ),
            (
                "a",
                "thanks for hanging on so the gps puts the drop at number forty one not fourteen so hes flipped the "
                "numbers around",
                "",
            ),
            ("c", "oh geez forty one is like the other end of the street", ""),
            ("a", "yeah so there is a decent chance its still sitting on their verandah", ""),
            ("c", "the people at forty one are away i think theyre up in cans", ""),
            ("a", "sorry whereabouts did you say they were", ""),
            ("c", "cairns theyre up in cairns till next week", ""),
            (
                "a",
                "okay ill get the depot to send the driver back this arvo to knock and grab it and either way ill "
                "ring you tomorrow morning",
                "follow_up_promise",
            ),
            ("c", "and if its not there", ""),
            ("a", "then we do a replacement or a refund whichever you like", ""),
            ("c", "sweet thanks shannon", ""),
            ("a", "no worries catch ya", ""),
        ],
    ),
    # ------------------------------------------------------------------ 18
    dict(
        id="b14_18",
        pick=False,
        asr=False,
        domain="opticians",
        register="Indian English (Leicester)",
        notes=(
            "Clean. Blurry varifocals; apology, short transfer to the optometrist in the practice, who takes the "
            "re-measure on himself and promises a call when lenses return. Hard negatives: customer's wife and the "
            "word holding, a fitting issue explained, keep wearing the old pair, nothing to bring."
        ),
        utts=[
            ("a", "Good morning, ClearView Opticians, Belgrave Road, Anjali speaking.", ""),
            (
                "c",
                "Good morning, Anjali. This is Mr Rajesh Mehta. I collected my new varifocals last Saturday, but the "
                "reading part is very blurry, I have to tilt my head like anything to read the newspaper.",
                "",
            ),
            (
                "a",
                "Oh, I'm sorry, that's no good at all when you've only just paid for them. Can I take your date of "
                "birth to find your record?",
                "apology",
            ),
            ("c", "Twelfth of June, 1958.", ""),
            (
                "a",
                "Thank you. I can see the order. Mr Kapoor, our optometrist, is in the practice today, so I'll pass "
                "you to him and he can ask you the right questions.",
                "transfer",
            ),
            ("a", "Hello, Mr Mehta, Dev Kapoor speaking. Anjali says the near vision is blurry?", ""),
            (
                "c",
                "Yes, the top is fine, driving is fine, but reading is very difficult. My wife says I am holding the "
                "paper at arm's length.",
                "",
            ),
            (
                "a",
                "Varifocals can take a week or two to settle, but what you're describing sounds more like the reading "
                "zone is sitting too low for you. That's a fitting issue, nothing to do with your eyes.",
                "",
            ),
            ("c", "So what has to be done?", ""),
            (
                "a",
                "I'd like to see you myself and re-measure the fitting height. If it's out, I'll have the lenses "
                "remade at no cost to you.",
                "ownership",
            ),
            ("c", "How long will the remake take?", ""),
            (
                "a",
                "The lab usually turns them round in about a week. You can keep wearing your old pair for reading "
                "until then.",
                "",
            ),
            ("c", "Okay. Can I come tomorrow? I am free after eleven.", ""),
            ("a", "Tomorrow at 11:30 is free. I've put you in for that.", ""),
            ("c", "Very good. Should I bring the prescription paper?", ""),
            ("a", "No, nothing to bring except the glasses. We have everything on file.", ""),
            (
                "a",
                "And if the lenses do need remaking, I'll ring you the day they come back from the lab so you're not "
                "waiting on a letter.",
                "follow_up_promise",
            ),
            ("c", "Thank you, doctor, very kind of you.", ""),
            ("a", "Not at all. See you tomorrow, Mr Mehta.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 19
    dict(
        id="b14_19",
        pick=True,
        asr=False,
        domain="climbing gym membership",
        register="Irish",
        notes=(
            "Charged three months after cancelling and emigrating; notice terms, reception blamed, repeat emails, "
            "hold, can't, hollow empathy into terms, manager requests refused, accounts email and bank redirects, "
            "accounts team blamed, sheepish closing apology. No fix."
        ),
        utts=[
            ("a", "Hello, Summit Walls Climbing, Ciara speaking.", ""),
            (
                "c",
                "Hi Ciara, my name's Eoin Brady. I moved to Lisbon in June, I cancelled my membership before I left, "
                "and you've taken €55 off me three months in a row since.",
                "",
            ),
            (
                "a",
                "Okay, let me pull you up. Brady, Eoin. I see the cancellation request came in on the 28th of May.",
                "",
            ),
            ("c", "Exactly. So why am I still paying?", ""),
            (
                "a",
                "Under the membership terms, cancellation needs three full calendar months' notice, so the June, July "
                "and August payments fall inside that notice period.",
                "policy_recital",
            ),
            ("c", "Nobody told me that. The girl at the desk said it was all done.", ""),
            (
                "a",
                "Reception staff don't actually process cancellations, so whatever was said at the desk, that's not "
                "what went onto the system.",
                "blame_shift",
            ),
            ("c", "I've emailed you twice since July about this and heard nothing back.", "repeat_contact"),
            ("a", "Give me a few minutes. I'll put you on hold and check the inbox.", "hold"),
            (
                "a",
                "Thanks for waiting. I can see both emails, but I'm not able to refund notice-period payments, "
                "there's no option for it on my end.",
                "cant_language",
            ),
            ("c", "So the notice period means I pay for a gym in Dublin while I'm living in Portugal.", ""),
            (
                "a",
                "I understand it's annoying, but they're the same terms everyone signs when they join.",
                "feeling_dismissal policy_recital",
            ),
            ("c", "Can I speak to the gym manager, please?", "escalation_request"),
            (
                "a",
                "The manager's not on the phones. If you want to dispute it, you can email accounts at summitwalls "
                "dot ie and they'll look at it.",
                "channel_redirect",
            ),
            ("c", "I've been emailing. That's why I'm ringing.", ""),
            ("a", "The accounts side are very slow over the summer, that's just them, sadly.", "blame_shift"),
            ("c", "So I can't speak to anyone more senior? Not the owner, not the manager?", "escalation_request"),
            (
                "a",
                "You could also stop the direct debit at your bank, but you'd still owe the notice payments.",
                "channel_redirect",
            ),
            ("c", "Brilliant. Thanks for nothing.", ""),
            ("a", "Sorry I couldn't be more help today.", "apology"),
        ],
    ),
    # ------------------------------------------------------------------ 20
    dict(
        id="b14_20",
        pick=False,
        asr=True,
        domain="train operator (delay compensation)",
        register="British (West Midlands)",
        notes=(
            "Delay claim rejected as late; scheme rule recited, can't, repeat email after a web form crash; apology, "
            "hold + transfer to the refunds desk, who finds the email, overrides it himself and promises an email. "
            "Hard negatives: the agent accepting that the web form failed, payment confirmation."
        ),
        utts=[
            ("a", "afternoon youre through to midland crossrail customer relations my names dawn", ""),
            (
                "c",
                "hiya dawn yeah um i put in a delay replay claim for a train that was like an hour and ten late back "
                "in july and its been rejected",
                "",
            ),
            ("a", "right can you give me the claim reference", ""),
            ("c", "its d r seven seven four one zero two", ""),
            (
                "a",
                "right its been rejected cuz under the delay repay scheme claims have to be made within twenty eight "
                "days of the journey and yours went in on day thirty",
                "policy_recital",
            ),
            (
                "c",
                "but i did do it on time the first one went in two days after and the website crashed and then i "
                "emailed you lot about it and nobody answered",
                "repeat_contact",
            ),
            (
                "a",
                "i can see the one from day thirty but i cant see anything earlier on here so theres not a lot i can "
                "do with it",
                "cant_language",
            ),
            ("c", "ive got the email i sent on the third of july its in me sent box", ""),
            ("a", "oh you emailed on the third have you still got that", ""),
            ("c", "yeah its right here", ""),
            ("a", "okay that changes things im sorry i should have asked you that first", "apology"),
            (
                "a",
                "hang on let me put you on hold and get you through to the refunds desk they look after the email "
                "inbox so they can match it up",
                "hold transfer",
            ),
            ("a", "hello refunds desk kieran speaking dawns told me about the email from the third of july", ""),
            ("c", "yeah thats the one i can forward it to you if you want", ""),
            (
                "a",
                "no need ive found it in the inbox sent at ten past nine on the third so ill override the rejection "
                "on that myself now",
                "ownership",
            ),
            ("c", "oh brilliant", ""),
            (
                "a",
                "right thats your claim reopened and paid at fifty percent which is twelve pound eighty back on your "
                "card",
                "",
            ),
            ("c", "nice one", ""),
            (
                "a",
                "ill also drop you an email tonight with a note saying it was our web form that fell over not you so "
                "its on record if it happens again",
                "follow_up_promise",
            ),
            ("c", "cheers kieran thats sorted then", ""),
            ("a", "no problem have a good afternoon", ""),
        ],
    ),
    # ------------------------------------------------------------------ 21
    dict(
        id="b14_21",
        pick=False,
        asr=False,
        domain="window cleaning",
        register="Welsh",
        notes=(
            "Clean. Missed clean after rain with no call; apology, agent reschedules herself free of charge, gutters "
            "added, promise to ring. Hard negatives: customer's can't about the rain, no need to be in, the dog."
        ),
        utts=[
            ("a", "Bore da, Glân Windows, Rhys speaking.", ""),
            (
                "c",
                "Oh, morning Rhys. It's Mrs Pritchard from Heol y Parc. Your lads were meant to come last Tuesday and "
                "I don't think anyone turned up. The windows are filthy.",
                "",
            ),
            ("a", "Let me have a look now. Heol y Parc, number 9?", ""),
            ("c", "That's me, yes, number 9 with the blue door and the hanging baskets.", ""),
            (
                "a",
                "You're right, the round was rained off on Tuesday and nobody phoned to tell you. I'm sorry about "
                "that, you should have had a call.",
                "apology",
            ),
            ("c", "Well, it was the rain, you can't help the rain.", ""),
            (
                "a",
                "Even so. I'll put you first on Gareth's list for this Thursday morning myself, and there'll be no "
                "charge for this clean.",
                "ownership",
            ),
            (
                "c",
                "Oh, there's no need for that, bach. I wasn't ringing to get anything free, I just wondered what had "
                "happened.",
                "",
            ),
            ("a", "It's no bother at all. It's the least we can do after leaving you in the dark like that.", ""),
            (
                "c",
                "Well, thank you. While I've got you, is there any chance they could look at the gutters? Something's "
                "growing in them.",
                "",
            ),
            ("a", "Gareth does gutter clearing as well. For a semi it's £45, and he can do it on the same visit.", ""),
            ("c", "Lovely, do that then. Do I need to be in?", ""),
            (
                "a",
                "Not for the windows or the gutters, no. If you leave the side gate unlocked, he'll do the back as "
                "well.",
                "",
            ),
            ("c", "I will. The dog might bark at him, mind.", ""),
            ("a", "He's used to that. Half the dogs on the round know him by name.", ""),
            (
                "a",
                "I'll give you a ring on Wednesday evening to confirm the time, so you're not left wondering again.",
                "follow_up_promise",
            ),
            ("c", "That's very good of you, Rhys. Diolch.", ""),
            ("a", "Croeso. See you Thursday.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 22
    dict(
        id="b14_22",
        pick=False,
        asr=True,
        domain="energy supplier (smart meter)",
        register="British (Liverpool)",
        notes=(
            "Huge bill from a faulty smart meter reading; repeat calls, meter blamed, can't, dismissal, manager asked "
            "for; short transfer to the team leader beside the agent, who apologises, rebills from the customer's "
            "reading himself and promises a call with an engineer date. Hard negatives: app reading submitted "
            "(self-service)."
        ),
        utts=[
            ("a", "hiya youre through to merseypower my names kayleigh can i take your account number", ""),
            (
                "c",
                "yeah its m p four four eight one nine zero two and listen right ive had a bill for six hundred and "
                "twelve quid for one month and my usual is about ninety",
                "",
            ),
            ("a", "god okay let me have a look for you", ""),
            (
                "c",
                "and before you say anything ive already rang twice and sent a meter reading in on the up and its "
                "still come out like this",
                "repeat_contact",
            ),
            (
                "a",
                "right ive had a look and its the smart meter thats sent a dodgy reading and the meter readings team "
                "would have to correct that not billing",
                "blame_shift",
            ),
            ("c", "so correct it then", ""),
            ("a", "i cant touch the readings from billing love i havent got access to change them", "cant_language"),
            ("c", "so i just pay six hundred quid for a meter thats broke", ""),
            (
                "a",
                "theres no point getting het up with me about it its not me that sent the reading",
                "feeling_dismissal",
            ),
            ("c", "right put me on to your manager then cuz this is going nowhere", "escalation_request"),
            ("a", "okay hang on my team leader stevies sat right next to me ill pass you over", "transfer"),
            ("a", "hiya its steve the team leader whats happened then", ""),
            (
                "c",
                "six hundred quid bill the meters sending daft readings ive rang twice and sent a reading on the app "
                "and nothings changed",
                "",
            ),
            (
                "a",
                "right okay first of all im sorry you had to ring three times over that and for how that went just now",
                "apology",
            ),
            (
                "a",
                "ive got your app reading here from the fourth it says one two three eight one so ill rebill you off "
                "that myself now and put a block on the smart readings till an engineers looked at the meter",
                "ownership",
            ),
            ("c", "so whats the bill gonna be", ""),
            ("a", "its come back as eighty seven pound forty which is about right for you", ""),
            ("c", "thats more like it", ""),
            (
                "a",
                "and ill get metering to book an engineer and ill ring you friday with the date myself",
                "follow_up_promise",
            ),
            ("c", "sound steve ta my fella reckoned id be stuck on hold for an hour so thats not bad at all", ""),
            ("a", "no bother ta ra", ""),
        ],
    ),
    # ------------------------------------------------------------------ 23
    dict(
        id="b14_23",
        pick=True,
        asr=False,
        domain="holiday park",
        register="British (formal)",
        notes=(
            "Partial refund asked for a cold, dirty caravan; repeat reports and emails, contractor blamed, hollow "
            "empathy into booking conditions, can't, manager asked for, hold + transfer to guest relations who recite "
            "the conditions again, web form and letter redirects, second manager request. No fix."
        ),
        utts=[
            ("a", "Good afternoon, Seaview Holiday Parks customer services, Graham speaking. How may I help?", ""),
            (
                "c",
                "Good afternoon. My name is Helen Ashworth. We stayed in a caravan at your Camber site last week and "
                "I'm calling to ask for a partial refund. The heating didn't work for four of our seven nights, and "
                "the caravan was dirty on arrival.",
                "",
            ),
            ("a", "I see. May I take the booking reference?", ""),
            ("c", "It's SVH-88214.", ""),
            ("a", "Thank you. I have the booking here. Four adults, seven nights, Gold grade caravan.", ""),
            (
                "c",
                "That's right. I reported the heating at reception on the first evening and twice more after that, "
                "and I've emailed customer services twice since we got home.",
                "repeat_contact",
            ),
            (
                "a",
                "The cleaning and maintenance at Camber are handled by an outside contractor, so the condition on "
                "arrival would be down to them rather than ourselves.",
                "blame_shift",
            ),
            ("c", "They're working on your behalf. We paid you, not them.", ""),
            (
                "a",
                "I understand. However, our booking conditions state that any complaint must be resolved on site "
                "during the stay, and that no refunds are given after departure.",
                "feeling_dismissal policy_recital",
            ),
            ("c", "We did try to resolve it on site. Three times. Nobody came.", ""),
            (
                "a",
                "Sadly, I'm not in a position to issue refunds for completed stays. It isn't something this "
                "department can authorise.",
                "cant_language",
            ),
            ("c", "Then I'd like this passed to someone more senior, please. A manager.", "escalation_request"),
            (
                "a",
                "Very well. I'll place you on hold and transfer you to our guest relations team, who deal with "
                "escalated complaints.",
                "hold transfer",
            ),
            ("a", "Guest relations, Sandra speaking. I gather you're unhappy with a recent stay at Camber.", ""),
            (
                "c",
                "Very. No heating for four nights, a dirty caravan, and three reports at reception. My husband slept "
                "in his coat.",
                "",
            ),
            (
                "a",
                "I've read the notes. As Graham explained, the booking conditions are quite clear that refunds aren't "
                "available once the holiday has been completed.",
                "policy_recital",
            ),
            ("c", "So what is guest relations for, exactly?", ""),
            (
                "a",
                "If you'd like the complaint formally reviewed, you would need to submit it in writing through the "
                "complaints form on our website, with any photographs attached.",
                "channel_redirect",
            ),
            ("c", "I emailed photographs to you two weeks ago.", "repeat_contact"),
            (
                "a",
                "Emails to the general inbox aren't logged as formal complaints. It does have to come through the "
                "form.",
                "channel_redirect",
            ),
            ("c", "This is absurd. I would like to speak to your general manager, then.", "escalation_request"),
            (
                "a",
                "Our managing director is Mr Philip Hurst, and you're welcome to address a letter to him at head "
                "office.",
                "channel_redirect",
            ),
            ("c", "I will be doing exactly that. Good afternoon.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 24
    dict(
        id="b14_24",
        pick=False,
        asr=True,
        domain="pest control",
        register="American (Southern)",
        notes=(
            "Clean. Quarterly spray booked with a wasp nest added; hold to check the route, agent books it, "
            "technician's call promised. Hard negatives: no need to leave the house, instruction about the dogs, "
            "customer's husband."
        ),
        utts=[
            ("a", "good morning thank you for calling palmetto pest solutions this is darnell speaking", ""),
            (
                "c",
                "hey darnell this is lorraine whitfield out on old meal road were about due for our quarterly spray "
                "and i wanted to get it on the calendar",
                "",
            ),
            ("a", "yes maam let me pull you up whitfield on old mill road", ""),
            ("c", "thats us", ""),
            ("a", "okay i see your last treatment was back at the start of june so yeah yall are due", ""),
            (
                "c",
                "and um weve been seeing a bunch of them wasps up under the eaves on the back porch too could he take "
                "a look at that while hes out",
                "",
            ),
            (
                "a",
                "sure thing wasp nest removal is included on your plan so there wont be any extra charge for that",
                "",
            ),
            ("c", "oh good", ""),
            (
                "a",
                "let me put you on a quick hold and check which days the technician is out your way this month",
                "hold",
            ),
            ("a", "alright thank you for holding i got thursday morning or next monday afternoon", ""),
            ("c", "thursday morning works my husband is home on thursdays", ""),
            ("a", "okay ill put you down for thursday morning for the spray and the wasps both", "ownership"),
            ("c", "do we gotta be out the house while hes doing it", ""),
            (
                "a",
                "no maam yall can stay right there just keep the dogs inside for about thirty minutes after he sprays "
                "the yard so it can dry",
                "",
            ),
            ("c", "okay we got two labs theyll be mad about it", ""),
            ("a", "they will forgive you he usually carries a pocket full of treats anyhow", ""),
            ("c", "oh lord okay", ""),
            (
                "a",
                "and the tech will give you a call about thirty minutes before he pulls up on thursday so yall are "
                "not caught off guard",
                "follow_up_promise",
            ),
            ("c", "alright sounds good", ""),
            ("a", "you all have a blessed day maam", ""),
        ],
    ),
    # ------------------------------------------------------------------ 25
    dict(
        id="b14_25",
        pick=False,
        asr=False,
        domain="cable TV",
        register="Canadian",
        notes=(
            "Promo price ended, promised loyalty rate never set up; repeat call, service agreement recited, website "
            "redirect, can't; the agent holds to look at retention offers, apologises, puts the customer on a loyalty "
            "bundle herself, credits the month and promises a check-in call. Hard negatives: nothing to sign, bill "
            "confirmation."
        ),
        utts=[
            ("a", "Thanks for calling Northern Lights Cable, this is Jenna. Can I start with your account number?", ""),
            (
                "c",
                "Sure, it's 40-2287-115. My bill jumped from $89 to $146 this month and I didn't change anything.",
                "",
            ),
            (
                "a",
                "Thanks, Mr. Tremblay. Okay, I see your twelve-month promotional pricing ended on the 1st, so the "
                "account's rolled to the regular rate.",
                "",
            ),
            (
                "c",
                "I know, I called in December when the promo was ending and the guy said he'd put me on the loyalty "
                "rate. Obviously he didn't.",
                "repeat_contact",
            ),
            (
                "a",
                "I don't see a note about that. Per your service agreement, promotional pricing ends after the term "
                "and regular rates apply from then on.",
                "policy_recital",
            ),
            ("c", "So what was that call for, then?", ""),
            (
                "a",
                "If you're looking for a cheaper package, the current offers are on our website under Deals, and you "
                "can switch there yourself.",
                "channel_redirect",
            ),
            ("c", "I've looked at those. They're all for new customers.", ""),
            (
                "a",
                "Right, and those aren't something I'm able to apply to an existing account from here.",
                "cant_language",
            ),
            ("c", "Then I'll cancel. The other guys have a better deal anyway.", ""),
            (
                "a",
                "Before you do that, give me a couple of minutes. I'm going to put you on hold and check what's "
                "available to me on the retention side.",
                "hold",
            ),
            (
                "a",
                "Thanks for waiting, and I'm sorry about December. If you were promised the loyalty rate, that should "
                "have been set up then and there.",
                "apology",
            ),
            (
                "a",
                "So here's what I'm doing for you: I'm moving you onto our loyalty bundle at $94 a month for the next "
                "24 months, same channels, plus the sports pack.",
                "ownership",
            ),
            ("c", "That's much better. Do I have to sign something?", ""),
            ("a", "No, it's all done on my end. You'll see the new rate on next month's bill.", ""),
            ("c", "And this month's $146?", ""),
            ("a", "I've credited the difference for this month as well, so this bill comes down to $94 too.", ""),
            ("c", "Okay. Thank you.", ""),
            (
                "a",
                "I'll also give you a call in a couple of weeks, once the new bill has generated, to make sure it all "
                "came out right.",
                "follow_up_promise",
            ),
            ("c", "Appreciate that. Thanks, Jenna.", ""),
            ("a", "Have a great evening, Mr. Tremblay.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 26
    dict(
        id="b14_26",
        pick=False,
        asr=False,
        domain="English language school",
        register="Brazilian customer, non-native English",
        notes=(
            "Exam course cancelled; repeat emails, course terms recited, head office blamed, can't; short transfer to "
            "the Director of Studies next door, who apologises, moves the student to an earlier evening group herself, "
            "refunds the difference and promises an email and a check-in."
        ),
        utts=[
            ("a", "Good morning, Thameside English Academy, Oliver speaking.", ""),
            (
                "c",
                "Good morning. My name is Larissa Costa. I paid for the intensive course for August, the IELTS "
                "preparation, and yesterday I receive an email that it is cancelled. I want my money back, please.",
                "",
            ),
            (
                "a",
                "I'm sorry about the short notice on that. Let me find your booking. Costa, Larissa... yes, the "
                "August IELTS intensive.",
                "apology",
            ),
            ("c", "Yes. I already write two emails yesterday and nobody answer me.", "repeat_contact"),
            (
                "a",
                "So, the terms for intensive courses say that if we cancel for low numbers, we offer a transfer to "
                "another date, and a cash refund only applies if no alternative date is offered.",
                "policy_recital",
            ),
            ("c", "But the other date is October. My exam is in September. It is no use for me.", ""),
            (
                "a",
                "The decision to cancel came from our head office in Manchester, so the refund rules are really "
                "theirs, not ours here at the school.",
                "blame_shift",
            ),
            ("c", "I don't understand. I paid to you, to this school.", ""),
            (
                "a",
                "I know. Sadly I can't authorise refunds from reception at all, there's just no way for me to do that.",
                "cant_language",
            ),
            ("c", "So who can? I need somebody to help me.", ""),
            (
                "a",
                "The Director of Studies, Helen, is in the office next door. I'll pop through and put her on the "
                "phone to you now.",
                "transfer",
            ),
            (
                "a",
                "Hello Larissa, it's Helen, the Director of Studies. Oliver's explained. I'm very sorry about the "
                "cancellation, it's a bad time for you with the exam so close.",
                "apology",
            ),
            ("c", "Yes, the exam is the twentieth of September.", ""),
            (
                "a",
                "Then let me sort this properly for you. I'll put you into the evening IELTS group that starts on the "
                "4th of August. It's fewer hours, but it finishes before your exam.",
                "ownership",
            ),
            ("c", "And the difference? The evening is cheaper, no?", ""),
            ("a", "It is. The difference is £240, and I've just refunded that to your card.", ""),
            ("c", "Okay, that is better. Thank you.", ""),
            (
                "a",
                "I'll email you the timetable and your teacher's name by tomorrow afternoon, and I'll check in with "
                "you after the first week to see how you're finding it.",
                "follow_up_promise",
            ),
            ("c", "Perfect. Thank you, Helen.", ""),
            ("a", "You're welcome, Larissa, and good luck with the exam.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 27
    dict(
        id="b14_27",
        pick=False,
        asr=False,
        domain="doorstep tyre fitting",
        register="Indian English (Pune)",
        notes=(
            "Clean. Flat tyre in an office car park; instruction not to drive on it, hold to find the nearest van, "
            "agent books it and messages the fitter herself, fitter's call and the agent's own call promised. Hard "
            "negatives: nothing to pay in advance or go anywhere, customer's colleague."
        ),
        utts=[
            ("a", "Good afternoon, TyreGo Doorstep Service, this is Suresh speaking. How can I help you?", ""),
            (
                "c",
                "Hi Suresh. I'm stuck in my office parking at Hinjewadi Phase 2, my front left tyre is completely "
                "flat. Can your van come here?",
                "",
            ),
            ("a", "Yes, definitely we can come. Which car is it, and what is the tyre size written on the side?", ""),
            ("c", "Hyundai Creta. The size is 215/60 R17, I think.", ""),
            (
                "a",
                "Okay, good. Please don't drive on it at all, not even slowly to the gate, otherwise the rim can get "
                "damaged.",
                "",
            ),
            ("c", "No, no, I won't. I have an important meeting at six, I need it sorted before that.", ""),
            (
                "a",
                "Understood. Please hold for a few minutes, I'll check which van is nearest to Hinjewadi right now.",
                "hold",
            ),
            (
                "a",
                "Thank you for holding, sir. Our van is finishing a job in Wakad, it can reach you in about forty "
                "minutes.",
                "",
            ),
            ("c", "Forty minutes is fine. Will he repair it or change it?", ""),
            (
                "a",
                "He'll check it first. If it's a simple puncture, the repair is ₹450. If the sidewall is damaged, a "
                "new tyre is around ₹7,800 fitted.",
                "",
            ),
            ("c", "Okay, okay. Can I pay by UPI?", ""),
            ("a", "Yes, UPI, card or cash, all fine. You don't have to go anywhere or pay anything in advance.", ""),
            (
                "a",
                "I'm booking the van for you now in your name, and I'll personally message the fitter your exact "
                "parking slot so he doesn't waste time searching.",
                "ownership",
            ),
            ("c", "Thanks. My colleague will be with the car, I'll be in the meeting room.", ""),
            ("a", "No problem, just share your colleague's number and the fitter will coordinate with him.", ""),
            ("c", "Sure, 98220 41567, his name is Amol.", ""),
            (
                "a",
                "Got it. The fitter will call Amol fifteen minutes before reaching, and I'll call you myself after "
                "the job to confirm everything is okay.",
                "follow_up_promise",
            ),
            ("c", "Great, thank you Suresh.", ""),
            ("a", "Welcome, sir. All the best for your meeting.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 28
    dict(
        id="b14_28",
        pick=True,
        asr=True,
        domain="letting agent",
        register="Irish (Dublin)",
        notes=(
            "Broken boiler and mould; landlord blamed, three earlier reports, tenancy terms put the mould on the "
            "tenant, told off for her tone, portal redirect, manager asked for, hold + transfer to maintenance, "
            "contractor blamed, no date, sent to the landlord. No fix. Hard negatives: short wait with no gap, portal "
            "tried on a phone (self-service)."
        ),
        utts=[
            ("a", "good morning liffey lettings youre speaking with darragh", ""),
            (
                "c",
                "hi darragh its aoife kinsella i rent the apartment in number four harbour court in ring send and the "
                "boilers been broken a week and theres black mould coming up the bedroom wall",
                "",
            ),
            ("a", "ok aoife just give me a sec there", ""),
            (
                "a",
                "right so any spend on the boiler has to be signed off by the landlord so really its up to him when "
                "that gets fixed",
                "blame_shift",
            ),
            (
                "c",
                "ive reported this three times now i rang on the monday and the wednesday and i sent an email on "
                "friday with pictures",
                "repeat_contact",
            ),
            (
                "a",
                "ok i see the email but with the mould the tenancy agreement says the tenant is responsible for "
                "keeping the place ventilated so that side of it would be on yourself",
                "policy_recital blame_shift",
            ),
            ("c", "ventilated i cant open the windows its november and ive no heating", ""),
            (
                "a",
                "look theres no need to be getting thick with me over it im only passing on whats in the lease",
                "feeling_dismissal",
            ),
            ("c", "im not getting thick im freezing", ""),
            (
                "a",
                "ok what id say is log it on the tenant portal under maintenance requests that way it goes straight "
                "to the maintenance team",
                "channel_redirect",
            ),
            ("c", "the portal doesnt even load on my phone i tried it twice", ""),
            ("c", "can i talk to the property manager or whoever is over you", "escalation_request"),
            (
                "a",
                "i can put you through to maintenance hold on there for me now and ill transfer you",
                "hold transfer",
            ),
            ("a", "maintenance gary speaking", ""),
            (
                "c",
                "gary hi ive no heating for a week and theres mould and im after explaining all this three times "
                "already",
                "repeat_contact",
            ),
            (
                "a",
                "yeah the boiler lad we use is up the walls this week hes a contractor so we cant control when he "
                "gets out to people",
                "blame_shift cant_language",
            ),
            ("c", "so when", ""),
            ("a", "honestly i couldnt give you a date i havent a slot i can offer you", "cant_language"),
            ("c", "and the mould", ""),
            (
                "a",
                "for the mould youd want to get on to the landlord direct or put it up on the portal with photos",
                "channel_redirect",
            ),
            ("c", "brilliant thanks for nothing", ""),
            ("a", "no bother", ""),
        ],
    ),
    # ------------------------------------------------------------------ 29
    dict(
        id="b14_29",
        pick=False,
        asr=False,
        domain="hearing aid clinic",
        register="American (elderly customer)",
        notes=(
            "Hearing aid not charging; can't and a manufacturer redirect, but the manufacturer already sent him back; "
            "apology, agent takes it on with a hold, arranges a loaner, calls the maker herself and promises a call. "
            "Hard negatives: clarifying sorry about a faint line, customer's daughter, customer's can't."
        ),
        utts=[
            ("a", "Good morning, ClearTone Hearing Centers, this is Melissa. How can I help you?", ""),
            (
                "c",
                "Good morning, dear. My hearing aid, the right one, stopped charging about a week ago. It just blinks "
                "at me in the little case.",
                "",
            ),
            ("a", "Sorry, could you speak up a little for me? The line's quite faint on my side.", ""),
            ("c", "My right hearing aid. It won't charge. It blinks.", ""),
            ("a", "Thank you. And can I have your name?", ""),
            ("c", "Harold Jessup. J-E-S-S-U-P.", ""),
            (
                "a",
                "Thanks, Mr. Jessup. We don't do charging repairs here in the office. That's not anything I can fix "
                "from this end.",
                "cant_language",
            ),
            ("c", "Well, who does?", ""),
            (
                "a",
                "Charging faults go to the manufacturer, Auralux. You'd need to call their support line at "
                "1-888-555-0177 and they'll send you a mailer.",
                "channel_redirect",
            ),
            (
                "c",
                "I called Auralux on Monday, and they said to call you because you're the ones who sold it to me. My "
                "daughter was on the call with me.",
                "repeat_contact",
            ),
            (
                "a",
                "Oh, that's not right at all. I'm sorry, they shouldn't have bounced you back here, and I shouldn't "
                "have sent you straight back to them.",
                "apology",
            ),
            (
                "a",
                "Let me handle this one for you. I'll put you on hold for a couple of minutes while I check whether "
                "we have a loaner set in your model.",
                "ownership hold",
            ),
            (
                "a",
                "Thank you for waiting, Mr. Jessup. I've got a loaner pair here, same model, and I'll have them "
                "programmed to your settings today.",
                "",
            ),
            ("c", "Oh, that would be a help. I can't hear the television without them.", ""),
            (
                "a",
                "You can pick them up any time after two, or we can mail them out overnight, whichever's easier.",
                "",
            ),
            ("c", "My daughter can bring me after two.", ""),
            (
                "a",
                "Wonderful. Meanwhile I'm going to call Auralux myself to set up the repair, and I'll phone you on "
                "Thursday to tell you when yours are coming back.",
                "ownership follow_up_promise",
            ),
            ("c", "Thank you, Melissa. You've been very kind.", ""),
            ("a", "You're very welcome. See you this afternoon.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 30
    dict(
        id="b14_30",
        pick=False,
        asr=False,
        domain="carpet cleaning",
        register="Australian (Perth)",
        notes=(
            "Clean. Red wine on a wool carpet; apology for the mishap, blotting instructions, booking made by the "
            "agent, call promised after the job. Hard negatives: instructions that are not dismissal, technician's "
            "text on the way, only move the couch if needed."
        ),
        utts=[
            ("a", "Good morning, Fresh Pile Carpet Care, Mel speaking.", ""),
            (
                "c",
                "Hi Mel. I had a dinner party last night and someone knocked a whole glass of shiraz onto my cream "
                "lounge-room carpet. How quickly could you get someone out?",
                "",
            ),
            (
                "a",
                "Oh no, sorry, that's the worst colour on the worst carpet. First thing, is it still wet or has it "
                "dried?",
                "apology",
            ),
            ("c", "Mostly dry. I scrubbed at it with a tea towel last night.", ""),
            (
                "a",
                "Okay, from now on just blot it, don't rub, rubbing pushes it deeper into the pile. Cold water on a "
                "white cloth, press and lift.",
                "",
            ),
            ("c", "Right. Blot, not rub. Got it.", ""),
            ("a", "How big is the stain, roughly, and is the carpet wool or synthetic?", ""),
            ("c", "About the size of a dinner plate. It's wool, I think. It was there when we bought the place.", ""),
            ("a", "Wool's actually a good sign, it often lifts better than people expect. Where are you located?", ""),
            ("c", "Scarborough, near the beach.", ""),
            (
                "a",
                "We've got a tech in Doubleview tomorrow morning. A single stain treatment is $120, and if it needs a "
                "second pass that's included.",
                "",
            ),
            ("c", "Tomorrow morning's great. I work from home, so any time suits.", ""),
            (
                "a",
                "I'll book you in for tomorrow at 9:30 then, and I'll note on the job that it's red wine on wool so "
                "he brings the right gear.",
                "ownership",
            ),
            ("c", "Perfect. Do I need to move the couch?", ""),
            ("a", "Only if it's sitting on the stain. He'll do the rest.", ""),
            ("c", "It's not, it's over by the window.", ""),
            (
                "a",
                "Great. He'll text you when he's on his way, and I'll give you a call in the afternoon to check "
                "you're happy with the result.",
                "follow_up_promise",
            ),
            ("c", "Thanks so much, Mel.", ""),
            ("a", "No worries, good luck with the blotting.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 31
    dict(
        id="b14_31",
        pick=False,
        asr=True,
        domain="meal delivery for older people",
        register="Canadian (francophone agent, non-native English)",
        notes=(
            "Missed meal deliveries for an elderly mother, second time; route software blamed; apology, agent fixes it "
            "herself with a hold to see the coordinator, extra meals sent, call promised. Hard negatives: customer's "
            "mother, customer's own sorry about a barking dog, routine note for the driver."
        ),
        utts=[
            ("a", "bonjour hello good morning maple meals at home this is martine speaking", ""),
            (
                "c",
                "hi martine my name is karen doyle im calling for my mother edith doyle she gets your meals on "
                "tuesdays and fridays and friday nothing came",
                "",
            ),
            ("a", "okay one moment i find her file edith doyle on ride oh street yes", ""),
            (
                "c",
                "thats her and its not the first time it was two weeks ago too and i called you then and they said it "
                "wouldnt happen again",
                "repeat_contact",
            ),
            (
                "a",
                "yes i see there was a problem with the route software it put her on the wrong driver list so it is "
                "the computer that did this",
                "blame_shift",
            ),
            ("c", "my mom is eighty seven she didnt have a proper supper on friday she had crackers and tea", ""),
            ("a", "oh no i am very sorry for this this is really not okay for your mother", "apology"),
            ("c", "i just need to know its not gonna happen again", ""),
            (
                "a",
                "yes i will fix this myself i put you on hold for two minutes and i go see the route coordinator",
                "ownership hold",
            ),
            (
                "a",
                "okay thank you for waiting i spoke with luc the coordinator he takes her off the automatic list and "
                "he puts her by hand with the same driver tuesday and friday",
                "",
            ),
            ("c", "so the same driver every time", ""),
            (
                "a",
                "yes always the same driver his name is ahmed and he will ring the bell and wait for her because she "
                "walks slow",
                "",
            ),
            ("c", "she does yeah and she doesnt always hear the door", ""),
            ("a", "okay i put a note for ahmed to knock loud and to call your number if she dont answer", ""),
            ("c", "sorry the dogs going crazy here what did you say about the note", ""),
            ("a", "i say ahmed will call you if she dont answer the door", ""),
            (
                "a",
                "and for friday i send her two extra meals tomorrow no charge and i call you tomorrow after the "
                "delivery to tell you it is done",
                "follow_up_promise",
            ),
            ("c", "thank you martine that helps a lot honestly", ""),
            ("a", "you are welcome bonne journee", ""),
        ],
    ),
    # ------------------------------------------------------------------ 32
    dict(
        id="b14_32",
        pick=True,
        asr=False,
        domain="self-storage",
        register="British (formal)",
        notes=(
            "Unit locked for arrears the customer says he paid; out-of-hours call, bank blamed, storage agreement "
            "recited, can't, hollow empathy into an online payment, two manager requests refused, written dispute "
            "redirect, dismissal. No fix. Hard negatives: a decision explained without quoting terms, customer's "
            "can't, customer's solicitor."
        ),
        utts=[
            ("a", "Good morning, Keepsafe Self Storage, Reading branch, Martin speaking.", ""),
            (
                "c",
                "Good morning. My name is Daniel Okonjo. My access code for unit C114 stopped working on Saturday, "
                "and when I rang your out-of-hours line I was told I'm in arrears. I've paid every month by card.",
                "repeat_contact",
            ),
            (
                "a",
                "Let me look. Okonjo, C114. Yes, the account shows the September payment as failed, and access was "
                "suspended after fourteen days.",
                "",
            ),
            (
                "c",
                "It didn't fail. The money left my account on the 1st of September. I have the statement in front of "
                "me.",
                "",
            ),
            (
                "a",
                "If it left your account, then your bank will have returned it or be holding it somewhere. From our "
                "side it was declined, so that's really one for your bank.",
                "blame_shift",
            ),
            ("c", "My bank says it was paid to you.", ""),
            (
                "a",
                "Clause 9 of your storage agreement says that where a payment fails, the unit remains locked until "
                "the full arrears plus a £25 late fee are cleared. I have to go by that.",
                "policy_recital",
            ),
            ("c", "So I pay twice and a late fee for something I've already paid?", ""),
            (
                "a",
                "I've no way of seeing the bank's side of it, and I'm not able to lift a suspension while the account "
                "shows arrears.",
                "cant_language",
            ),
            ("c", "There are work tools in that unit. I can't do my job without them.", ""),
            (
                "a",
                "I appreciate that, but if you pay the arrears online today, the code is usually reactivated within "
                "24 hours.",
                "feeling_dismissal channel_redirect",
            ),
            ("c", "I'd like to speak to the branch manager, please.", "escalation_request"),
            ("a", "The branch manager isn't in today, and I can't put you through to her mobile.", "cant_language"),
            (
                "c",
                "Then someone at head office. A regional manager, anyone with the authority to look at the payment "
                "records.",
                "escalation_request",
            ),
            (
                "a",
                "Head office only handle disputes in writing. There's a billing dispute form on our website, or you "
                "can post it to the address on your agreement.",
                "channel_redirect",
            ),
            ("c", "And in the meantime my tools are locked in there.", ""),
            (
                "a",
                "Getting annoyed with me won't open the unit any sooner, Mr Okonjo. The quickest way in is to pay now "
                "and dispute it afterwards.",
                "feeling_dismissal",
            ),
            ("c", "Right. I'll be taking this up with my solicitor.", ""),
            ("a", "That's entirely your choice. Is there anything else I can help with today?", ""),
        ],
    ),
]
