"""Source of truth for the blind15 set: 32 blind labelled calls (b15_01 .. b15_32, split "blind15").

Labelled to tests/eval/blind/README.md from "## Labelling conventions" to the end, including "Real speech"
and the "Round 16 addition" (a clarifying "sorry?" or a sorry for the line is not an apology).

Each call is a dict: id, pick (supervisor_pick), asr (real-speech style: lower case, no punctuation or digits),
domain, register, notes, and utts. Each utterance is a tuple (speaker, text, labels): speaker is "a" (agent)
or "c" (customer); labels is a space-separated string of moment kinds ("" for none).
A `hold` label makes build_blind15.py leave a 15-40 s gap after that utterance (also when the line carries
`transfer` too: the customer waits while being connected). A `transfer` with no `hold` is a hand-off to a
colleague beside the agent, 1.5-4 s later, who then introduces themself.
"""

CALLS = [
    # ------------------------------------------------------------------ 01
    dict(
        id="b15_01",
        pick=False,
        asr=False,
        domain="home alarm monitoring",
        register="Yorkshire (British)",
        notes=("Alarm false-triggering at night, second call; the agent first says she cannot see the engineers' "
               "diary, then holds to read the panel log, takes the booking on herself and promises a Friday "
               "call. Hard negatives: customer's son, part-set instruction, automatic text, maintenance plan "
               "used to fix, customer's apology."),
        utts=[
            ("a", "Morning, Dalesguard Alarms, you're through to Bryony. What can I do for you?", ""),
            ("c", "Hello, love. It's Geoffrey Hirst, up at Sowerby Bridge. That alarm of mine "
                  "went off at three in the morning again, and I rang you about it last "
                  "Tuesday an' all.", "repeat_contact"),
            ("a", "Right, let me find you. Can I have the first line of the address and your account "
                  "password, please?", ""),
            ("c", "Fourteen Calder Rise. And the password's the dog's name, Biscuit.", ""),
            ("a", "Lovely, thank you, Geoffrey. I can see Tuesday's call on here. Engineer "
                  "visits are booked by the field team, though, and I've no way into their "
                  "diary from this desk.", "cant_language"),
            ("c", "Well, somebody needs to get into it, because neither me nor next door has had a full "
                  "night's sleep all week.", ""),
            ("a", "I'm so sorry, that's a rotten week you've had. The panel keeps an activation "
                  "log, and it takes a minute or two to come down the line, so I'll put you on "
                  "hold while it downloads.", "apology hold"),
            ("a", "Thanks for hanging on. It's the landing sensor every time, between two and four, which "
                  "usually means the lens has gone faulty or something's moving about up there.", ""),
            ("c", "There's nowt moving up there at that hour except me going to the loo.", ""),
            ("a", "Then I'd put money on the sensor. I'm not having you ring us a third time over "
                  "this, so I'm getting an engineer booked for you myself, and I won't let you go "
                  "till it's confirmed.", "ownership"),
            ("c", "Go on then. My son usually sorts these things out, but he's moved to Leeds, so I'd rather "
                  "it was one of yours.", ""),
            ("a", "Thursday morning between eight and twelve is the earliest slot. Does that suit?", ""),
            ("c", "Thursday's fine. Do I have to do anything before then?", ""),
            ("a", "Just one thing. Tonight, when you set it, press the part-set button, the one with the "
                  "little house on it. That leaves the landing out, so it won't trip while you're asleep.", ""),
            ("c", "The house button. Right, I've written that on the back of an envelope.", ""),
            ("a", "You'll get a text in the next few minutes confirming Thursday, with the engineer's name "
                  "on it.", ""),
            ("c", "And if he can't fix it?", ""),
            ("a", "Then he fits a new sensor there and then, no charge, because it's "
                  "covered by your maintenance plan. And I'll give you a call on Friday "
                  "morning to make sure you've had a couple of quiet nights.", "follow_up_promise"),
            ("c", "That's grand. Sorry for being a bit short with you at the start.", ""),
            ("a", "You weren't at all. And apologies again for all the broken nights, Geoffrey.", "apology"),
            ("c", "Right you are. Ta-ra, love.", ""),
            ("a", "Bye now, look after yourself.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 02
    dict(
        id="b15_02",
        pick=True,
        asr=True,
        domain="skip hire",
        register="Liverpool (Scouse)",
        notes=("Skip not collected ten days after the request, fourth call; haulier blamed, agent cannot book a "
               "lorry or promise a time, hire terms quoted, customer told not to get in a state, manager request "
               "met with a web form, second redirect to the council, perfunctory apology; nothing resolved."),
        utts=[
            ("a", "mersey skip hire darren speaking", ""),
            ("c", "hiya darren its pauline kelly from walton ive got one of your skips sat on me drive and "
                  "its been there ten days past when it was meant to go", ""),
            ("a", "right can i grab the postcode off you", ""),
            ("c", "its l nine er l nine four d y", ""),
            ("a", "yeah got you so the collection was asked for on the er on the third yeah", ""),
            ("c", "it was and ive rang you three times since then this is the fourth time ive "
                  "had to go through all this", "repeat_contact"),
            ("a", "so what it is the wagons are run by the hall age firm we use its them whos "
                  "behind on the collections not us lot", "blame_shift"),
            ("c", "i dont care who drives the wagon lad i cant get me car out and me nan is in the royal and "
                  "i cant get up to see her", ""),
            ("a", "yeah i cant book a wagon from here i dont even get to see their planner", "cant_language"),
            ("c", "so who can then", ""),
            ("a", "the hire terms say collection is within five working days of the request "
                  "and with the bank holiday its er its still showing as inside that on our "
                  "side", "policy_recital"),
            ("c", "ten days darren ten days thats not five thats double", ""),
            ("a", "theres no point getting yourself in a state over a skip pauline its "
                  "gonna get picked up", "feeling_dismissal"),
            ("c", "dont tell me what to get in a state about put me on to your manager then", "escalation_request"),
            ("a", "she doesnt take calls direct if you wanna complain you have to do it on "
                  "the contact form on the website", "channel_redirect"),
            ("c", "i did the form last week and all i got back was one of them automatic emails", "repeat_contact"),
            ("a", "sorry about that its just mad busy this time of year", "apology"),
            ("c", "so what are you actually gonna do", ""),
            ("a", "i can stick another note on for the hauliers but i cant promise you when "
                  "theyll turn up", "cant_language"),
            ("c", "a note brilliant and in the meantime i just sit here looking at it", ""),
            ("a", "the other thing is you could ring the council and if its blocking the "
                  "path they sometimes chase it", "channel_redirect"),
            ("c", "its on me own drive darren not the path its not your fault i know but honestly", ""),
            ("a", "ill get that note on now anything else i can do for you", ""),
            ("c", "no ta ra", ""),
        ],
    ),
    # ------------------------------------------------------------------ 03
    dict(
        id="b15_03",
        pick=False,
        asr=False,
        domain="veterinary clinic",
        register="Irish",
        notes=("Routine booster booking for a cat plus a flea check; hold to read the old records, apology for "
               "the delay, the agent books it herself and promises a text with the price. Hard negatives: "
               "customer's daughter, carrier instruction, nothing to bring, automatic reminder, customer's "
               "sorry."),
        utts=[
            ("a", "Riverside Veterinary Clinic, Aoife speaking, how can I help?", ""),
            ("c", "Hi Aoife, I'm ringing to book our cat in for her booster. She's called Mossie, and the "
                  "account's under Declan Furlong.", ""),
            ("a", "Grand, and what's the first line of the address there?", ""),
            ("c", "Twelve Ashgrove Lawn, Ballincollig.", ""),
            ("a", "Perfect. Mossie, the tortoiseshell, eight years old?", ""),
            ("c", "That's her. Also, my daughter swears she saw a flea on her on Sunday, so could somebody "
                  "look at that as well?", ""),
            ("a", "We can, no bother. I'll check when her last booster was, but the older records take a "
                  "minute to come up, so I'm going to put you on hold for a moment.", "hold"),
            ("a", "Thanks for waiting, Declan, and sorry about the delay, the old records live on a "
                  "separate screen.", "apology"),
            ("a", "She was due at the end of last month, so you're just in time. I'm putting her in "
                  "with Dr Keane on Thursday at twenty past four, and I'll add the flea check to "
                  "the same appointment so you're not paying two consultation fees.", "ownership"),
            ("c", "Oh, that'd be great. She hates the carrier, mind you.", ""),
            ("a", "A lot of them do. Put a towel that smells of home in the bottom and leave the carrier out "
                  "in the kitchen for a day or two beforehand, so it's not a big surprise when it comes out.", ""),
            ("c", "Good idea. Do I need to bring her vaccination card?", ""),
            ("a", "No, it's all on file here, you don't have to bring anything but Mossie herself.", ""),
            ("c", "Sorry, I'm in the car, did you say Thursday at twenty past four?", ""),
            ("a", "Twenty past four on Thursday, yes. You'll get a text reminder the day before, that goes "
                  "out automatically.", ""),
            ("c", "Lovely. And is the flea treatment expensive?", ""),
            ("a", "It depends on her weight, so the nurse will weigh her first. I'll ask Dr "
                  "Keane to price it for her size and I'll text you the cost tomorrow, so "
                  "there's no surprise at the desk.", "follow_up_promise"),
            ("c", "Perfect, thanks a million.", ""),
            ("a", "Not at all. See you and Mossie on Thursday.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 04
    dict(
        id="b15_04",
        pick=False,
        asr=False,
        domain="ferry operator",
        register="Scottish (Highland)",
        notes=("Sailing cancelled for weather; customer already went to the port office; hollow empathy with the "
               "conditions of carriage, then the agent cannot rebook; hold + transfer to reservations, who "
               "rebook and waive the fee. Hard negatives: customer's children, aire information, automatic "
               "boarding passes and text, customer's sorry and can't."),
        utts=[
            ("a", "Hebridean Link Ferries, Kirsty speaking. How can I help today?", ""),
            ("c", "Hiya. My sailing from Oban to Castlebay this afternoon's been cancelled, "
                  "and I've a campervan with two kids in the back. I went into your port "
                  "office here this morning and they told me to phone this number.", "repeat_contact"),
            ("a", "Can I take the booking reference?", ""),
            ("c", "It's HL7429, under Morag Sinclair.", ""),
            ("a", "Thanks, Morag. Yes, the two-forty sailing is off for the "
                  "weather. I know it's a nuisance, but weather "
                  "cancellations aren't something we pay out for under our "
                  "conditions of carriage.", "feeling_dismissal policy_recital"),
            ("c", "I'm not asking for money. I'm asking how I get to Barra. We've a cottage booked from "
                  "tonight.", ""),
            ("a", "I've no access to vehicle deck space on this line, it's an information desk "
                  "only.", "cant_language"),
            ("c", "Well, that's not a lot of use to me, is it?", ""),
            ("a", "Fair point, and I don't want you going round in circles. I'm putting you on "
                  "hold now and getting you through to reservations, and I'll brief them before "
                  "I drop off.", "hold transfer"),
            ("a", "Hello Morag, it's Euan in reservations. Kirsty's filled me in about the campervan and the "
                  "Castlebay sailing.", ""),
            ("c", "Oh, thank goodness. Is there anything tomorrow?", ""),
            ("a", "Tomorrow's seven-fifty is going ahead on the current forecast, and there's "
                  "vehicle space. I'm moving your whole booking onto it now, campervan included, "
                  "and I'll waive the change fee myself.", "ownership"),
            ("c", "That'd be brilliant. What do we do about tonight, though? We'd need somewhere for the van.", ""),
            ("a", "There's an aire just up from the terminal where people park up overnight. And I'm "
                  "very sorry your holiday's started like this.", "apology"),
            ("c", "We'll manage. The kids will think it's an adventure.", ""),
            ("a", "Your new boarding passes are on their way to your email now, and check-in closes thirty "
                  "minutes before departure.", ""),
            ("c", "Got them. Sorry, is that seven-fifty or seven-fifteen?", ""),
            ("a", "Seven-fifty, ten to eight. If the forecast turns overnight, you'll get a text before six.", ""),
            ("c", "Right. Thanks, Euan, and thank Kirsty for me.", ""),
            ("a", "I will. Safe crossing, Morag.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 05
    dict(
        id="b15_05",
        pick=True,
        asr=True,
        domain="student accommodation",
        register="Nigerian English customer, London agent",
        notes=("Broken radiator for two weeks, called twice and went to reception; contractor blamed, hollow "
               "empathy with a portal redirect, licence terms and fire rules quoted, agent cannot chase, manager "
               "request answered with an email address; clarifying sorry after garble; customer left cold."),
        utts=[
            ("a", "good afternoon unistay living student services callum speaking", ""),
            ("c", "good afternoon please my name is chiamaka obi i am in block c room four one two at "
                  "kingsgate residence", ""),
            ("a", "right and can i get your student i d number", ""),
            ("c", "it is two zero four four eight one seven", ""),
            ("a", "thank you whats the er whats the issue today", ""),
            ("c", "the radiate her in my room has not been working for two weeks now and i "
                  "have called you people two times already nothing has happened", "repeat_contact"),
            ("a", "right so repairs at kingsgate are done by the facilities contractor so that "
                  "delay is really on their side not ours", "blame_shift"),
            ("c", "but i am paying the rent to you not to them it is very cold i am wearing my jacket to read", ""),
            ("a", "i understand its cold but any repair has to go through "
                  "the maintenance portal thats the only way it gets "
                  "logged", "feeling_dismissal channel_redirect"),
            ("c", "i logged it on the portal the first day and i even went to the reception on "
                  "monday and the lady told me they will send somebody", "repeat_contact"),
            ("a", "yeah i can see the ticket so under the licence agreement non urgent repairs "
                  "have a twenty eight day response time and heating is classed as non urgent", "policy_recital"),
            ("c", "ah ah non urgent in november how is it non urgent", ""),
            ("a", "i cant chase the contractor from this desk i dont have a direct line to them", "cant_language"),
            ("c", "then let me speak with the accommodation manager please i want somebody "
                  "who can decide something", "escalation_request"),
            ("a", "the accommodation manager doesnt take phone calls youd need to email the "
                  "residence office and theyll pass it on", "channel_redirect"),
            ("c", "please can you just give me a small electric heater for now my mother called me yesterday "
                  "and she was so worried", ""),
            ("a", "heaters arent allowed in the rooms its in the fire safety rules so "
                  "sorry about that", "policy_recital apology"),
            ("c", "so i should just sit in the cold a brown shoe for the ladder", ""),
            ("a", "sorry the line went a bit funny then what was that", ""),
            ("c", "i said so i should just sit in the cold and wait", ""),
            ("a", "the ticket is still open so it will get picked up in the queue is there anything else i "
                  "can help with", ""),
            ("c", "no nothing else thank you", ""),
            ("a", "alright take care bye", ""),
        ],
    ),
    # ------------------------------------------------------------------ 06
    dict(
        id="b15_06",
        pick=False,
        asr=False,
        domain="optician",
        register="Canadian (Prairie)",
        notes=("Routine: glasses arrived, fitting slot booked by the agent, itemized receipt promised by email. "
               "Hard negatives: neutral lab mention, husband and sister, nothing to bring, progressive-lens "
               "instruction, clarifying sorry, automatic reminder text."),
        utts=[
            ("a", "Good morning, Northview Optical on Portage Avenue, this is Jordan speaking.", ""),
            ("c", "Hi Jordan, it's Brenda Kowalchuk. I ordered progressives about ten days ago, and I got a "
                  "text last night saying they've come in?", ""),
            ("a", "Let me check for you. Can I get your date of birth, Brenda?", ""),
            ("c", "March third, nineteen sixty-six.", ""),
            ("a", "Thanks. Yep, they came back from the lab yesterday afternoon, the tortoiseshell frames "
                  "with the anti-glare coating.", ""),
            ("c", "Oh, good. Could I pick them up on Saturday? My husband has the car all week.", ""),
            ("a", "Sure. I'll book you a fitting with Anita on Saturday at eleven, so she can "
                  "adjust the arms and the nose pads while you're here.", "ownership"),
            ("c", "Perfect. Do I need to bring my prescription or anything like that?", ""),
            ("a", "No, it's all on file here, you don't have to bring a thing.", ""),
            ("c", "And how long does it take to get used to progressives? My sister said she felt seasick "
                  "for a week with hers.", ""),
            ("a", "Most people settle in a few days. Point your nose at whatever you want to read and let "
                  "your eyes drop to the bottom of the lens, rather than tipping your head back.", ""),
            ("c", "Point my nose. Okay, I'll try to remember that one.", ""),
            ("a", "It sounds odd, but it works. Anything else I can help with?", ""),
            ("c", "One more thing, my insurance through work wants an itemized receipt before they'll pay me "
                  "back.", ""),
            ("a", "Sorry, what was the last part?", ""),
            ("c", "An itemized receipt, for my insurance claim through work.", ""),
            ("a", "Absolutely. I'll email you the itemized receipt this afternoon, once "
                  "Anita's signed off on the lens details.", "follow_up_promise"),
            ("c", "Great, that's everything, I think.", ""),
            ("a", "You'll get an automatic reminder text on Friday for the fitting. See you Saturday, Brenda.", ""),
            ("c", "Thanks, Jordan. Bye now.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 07
    dict(
        id="b15_07",
        pick=False,
        asr=True,
        domain="pest control",
        register="Australian (Queensland)",
        notes=("Cockroach treatment not working, a promised call-back never came; the agent brushes off the "
               "worry and quotes the thirty-day guarantee, the customer asks for someone senior, then the agent "
               "finds the tech missed a room, apologises, rebooks the tech herself and promises a Friday call. "
               "Hard negatives: customer's wife and mum, bait-station instruction, agent admitting fault."),
        utts=[
            ("a", "gday bugaway pest control sharon speaking", ""),
            ("c", "yeah gday sharon its trent from mitchelton you blokes did a cock roach treatment at my "
                  "place three weeks back and theyre worse now not better", ""),
            ("a", "no worries can i grab the address", ""),
            ("c", "twenty two wattle street mitchelton", ""),
            ("a", "yep got it here so the treatment was on the er the fourth", ""),
            ("c", "yeah and i rang last tuesday and the lady said someone would call me back "
                  "and nobody ever did", "repeat_contact"),
            ("a", "look no point stressing over a few extra roaches mate they always look "
                  "worse before they get better thats just the bait doing its job", "feeling_dismissal"),
            ("c", "a few mate theyre in the cutlery drawer my missus wont cook in there", ""),
            ("a", "and the service guarantee only kicks in for a free retreat thirty days "
                  "after the first visit so youre a bit early for that one", "policy_recital"),
            ("c", "can i talk to someone higher up then cause honestly this is a joke", "escalation_request"),
            ("a", "hang on hang on whats the tech written in his notes here", ""),
            ("a", "yeah righto he only did the kitchen and the bathroom he never got to the laundry and "
                  "thats usually where theyre coming from", ""),
            ("a", "we missed a room thats our fault not yours and im sorry about it", "apology"),
            ("c", "right so what happens now", ""),
            ("a", "im booking the tech back out myself for thursday morning no charge and ill make "
                  "sure he does the laundry and the garage this time", "ownership"),
            ("c", "thursday works the dogs will be at my mums anyway", ""),
            ("a", "good stuff and leave the bay stations where they are dont spray anything over the top or "
                  "they wont go near the bait", ""),
            ("c", "yeah right no spray", ""),
            ("a", "and ill give you a bell friday arvo to see how its looking after the "
                  "second go", "follow_up_promise"),
            ("c", "too easy cheers sharon", ""),
            ("a", "no dramas have a good one", ""),
        ],
    ),
    # ------------------------------------------------------------------ 08
    dict(
        id="b15_08",
        pick=False,
        asr=False,
        domain="wedding venue",
        register="American",
        notes=("Couple arrive for a menu tasting nobody booked; the agent first puts it on the catering partner, "
               "then apologises and hands to the events manager beside him, who apologises, runs the new tasting "
               "herself and promises the menu by email. Hard negatives: fiance and mother, nothing to fill out, "
               "customer's can't."),
        utts=[
            ("a", "Thanks for calling Magnolia Barn Weddings, this is Tyler.", ""),
            ("c", "Hi Tyler, this is Jasmine Ortiz. My fiance and I drove ninety minutes for our menu "
                  "tasting today, and there was nobody there.", ""),
            ("a", "Oh no. What name and date is the wedding under?", ""),
            ("c", "Ortiz and Bell, June fourteenth.", ""),
            ("a", "Okay, I see you. It looks like the tasting got put in by our catering partner "
                  "for next Thursday, so that mix-up came from their calendar.", "blame_shift"),
            ("c", "I have a confirmation email from you guys saying today at two.", ""),
            ("a", "You're right, it says today on our email. I'm really sorry, that's on our end.", "apology"),
            ("c", "Look, my mom took the day off work for this, and we both left early.", ""),
            ("a", "Dana, our events manager, is sitting right next to me, and she handles tastings "
                  "directly. I'm going to hand you over to her now.", "transfer"),
            ("a", "Hi Jasmine, this is Dana, I'm the events manager here. Tyler's filled me in, and "
                  "I'm so sorry about this afternoon.", "apology"),
            ("c", "Thanks. We just want to get the menu locked in.", ""),
            ("a", "I'm setting up a private tasting for you both on Saturday at eleven, and I'll "
                  "run it myself with our chef, with no catering partner in the middle.", "ownership"),
            ("c", "Saturday works. Can my mom come too?", ""),
            ("a", "Of course, bring her along. And since you lost an afternoon to this, I'm taking the "
                  "tasting fee off your final invoice.", ""),
            ("c", "That's really generous. Do I need to fill out anything beforehand?", ""),
            ("a", "Nothing at all. Just tell me any dietary needs now, and I'll pass them to the kitchen.", ""),
            ("c", "My fiance's vegetarian, and my mom can't have shellfish.", ""),
            ("a", "Got it. I'll email you the revised menu by Friday morning so you can "
                  "look it over before you come in.", "follow_up_promise"),
            ("c", "Perfect. Thank you, Dana.", ""),
            ("a", "See you Saturday, Jasmine.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 09
    dict(
        id="b15_09",
        pick=False,
        asr=False,
        domain="removals company",
        register="Indian English agent, British customer",
        notes=("Wardrobe damaged in a move; apology, then hollow empathy with the claim terms, a portal redirect "
               "after the customer says she already sent the form and photos; hold + transfer to claims, where "
               "the handler takes the claim on and promises a Thursday call. Hard negatives: a request for "
               "someone who deals with claims (not an escalation), grandmother, restorer named neutrally, "
               "nothing more to send."),
        utts=[
            ("a", "Good afternoon, thank you for calling Swiftmove Removals, Rahul speaking. How may I "
                  "assist you?", ""),
            ("c", "Hi, Rahul. We moved house with you on Saturday, and your crew dropped our wardrobe down "
                  "the stairs. The back's split right through.", ""),
            ("a", "Very sorry to know about this, ma'am. May I have the job reference, please?", "apology"),
            ("c", "SM-88213. The name's Helen Marsh.", ""),
            ("a", "Thank you, Mrs Marsh. I appreciate it is upsetting, but "
                  "as per our terms and conditions, all damage claims must "
                  "be submitted on the claim form within seven days of the "
                  "move.", "feeling_dismissal policy_recital"),
            ("c", "I filled the form in on Sunday and emailed photos on Monday. Nobody's come "
                  "back to me.", "repeat_contact"),
            ("a", "Okay, then please do one thing, you can upload the photos again in the "
                  "customer portal so they are attached to the claim.", "channel_redirect"),
            ("c", "I've uploaded them twice already. I'd just like to speak to someone who actually deals "
                  "with claims.", ""),
            ("a", "Understood, ma'am. I will put you on hold and connect you to the claims desk "
                  "directly, and I will brief them before I go.", "hold transfer"),
            ("a", "Hello Mrs Marsh, this is Meenakshi from the claims team. Rahul has explained about the "
                  "wardrobe.", ""),
            ("c", "Hi. Have you got my photos?", ""),
            ("a", "Yes, I can see both sets, and the crew's own report also mentions the drop, so "
                  "there is no dispute on what happened. I will take this claim on myself and "
                  "settle it with you directly.", "ownership"),
            ("c", "Oh, that's a relief. It was my grandmother's, so I'd much rather it was repaired than "
                  "replaced.", ""),
            ("a", "That makes sense. We work with a furniture restorer in Reading, and I "
                  "will ask her to come out and quote. I will phone you on Thursday "
                  "afternoon with the date she can visit.", "follow_up_promise"),
            ("c", "Thursday afternoon's fine, but I'm at work till four.", ""),
            ("a", "Then I will call after half past four. You don't need to send anything more, I have "
                  "everything here.", ""),
            ("c", "Brilliant. Thank you, Meenakshi.", ""),
            ("a", "You're welcome, Mrs Marsh. Have a good evening.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        id="b15_10",
        pick=True,
        asr=True,
        domain="concert ticketing",
        register="American agent, Spanish-speaking customer (non-native)",
        notes=("Postponed concert, customer cannot go on the new date; purchase terms quoted twice, promoter "
               "blamed with a push to take it up with them, no refund button, two supervisor requests refused "
               "with hollow empathy, pushed to the resale marketplace, fee not waived; a misheard Spanish word; "
               "a perfunctory apology; no refund."),
        utts=[
            ("a", "thank you for calling tixpoint this is brandon can i get the email on your account", ""),
            ("c", "yes hello is lucia ramirez lucia dot ramirez at gmail dot com", ""),
            ("a", "okay got it and how can i help you today", ""),
            ("c", "i buy two tickets for the concert in the forum in march and now they move it to august "
                  "and in august i am in mexico with my family for the bodega my cousin so i want my money "
                  "back", ""),
            ("a", "gotcha so per the purchase terms a rescheduled event isnt eligible for a "
                  "refund the tickets are just valid for the new date", "policy_recital"),
            ("c", "but i dont choose the new date they choose it and i already send two emails "
                  "to you about this and nobody answer me", "repeat_contact"),
            ("a", "yeah the rescheduling is the promoters call not ours so youd "
                  "kinda have to take that up with them", "blame_shift channel_redirect"),
            ("c", "the promoter how i contact the promoter i buy the tickets from you", ""),
            ("a", "i dont have a refund button on my end for this one theres literally nothing "
                  "on my screen i could click", "cant_language"),
            ("c", "please can i talk with a supervisor", "escalation_request"),
            ("a", "i mean i totally feel you but a supervisor is gonna tell "
                  "you the exact same thing the terms are the terms", "feeling_dismissal policy_recital"),
            ("c", "i want to talk with the supervisor anyway or the manager whoever is "
                  "more high", "escalation_request"),
            ("a", "what you can do is list them on the fan re sale marketplace in the app "
                  "and if they sell you get your money back minus the fee", "channel_redirect"),
            ("c", "the resale and the fee how much is the fee", ""),
            ("a", "its ten percent i think and i i cant waive that either", "cant_language"),
            ("c", "so i lose money for something i dont do", ""),
            ("a", "sorry for the inconvenience is there anything else i can help with", "apology"),
            ("c", "no is okay i try the app", ""),
            ("a", "alright thanks for calling tixpoint have a good one", ""),
        ],
    ),
    # ------------------------------------------------------------------ 11
    dict(
        id="b15_11",
        pick=False,
        asr=False,
        domain="driving school",
        register="New Zealand",
        notes=("Routine: instructor off sick, apology, hold to search diaries, lesson moved by the agent, text "
               "promised if the instructor is still off. Hard negatives: customer's daughter, customer's can't, "
               "no app steps needed, customer's sorry, price unchanged."),
        utts=[
            ("a", "Kia ora, Kowhai Driving School, Mereana speaking.", ""),
            ("c", "Hi Mereana, it's Hamish Doyle. My daughter Ruby has lessons with Graham on Tuesdays, and "
                  "we got a message that he's off sick this week.", ""),
            ("a", "Yes, sorry about that, Graham's been crook since the weekend.", "apology"),
            ("c", "No worries, these things happen. Her restricted test is on the twentieth, though, so she "
                  "can't really afford to miss a lesson.", ""),
            ("a", "Totally. Can I just confirm Ruby's date of birth for the booking?", ""),
            ("c", "Fourteenth of May, two thousand and eight.", ""),
            ("a", "Thanks. Let me see who else has a gap this week. I'll pop you on hold while I go "
                  "through the instructors' diaries.", "hold"),
            ("a", "Thanks for holding. I'm moving Ruby to Aroha on Wednesday at four, same car, "
                  "same pick-up from school, and I'll keep Graham's Tuesday slot for her next week "
                  "as well.", "ownership"),
            ("c", "Aroha's the one who knows the test route, isn't she?", ""),
            ("a", "She is, so that'll work nicely. She'll probably take Ruby round the roundabouts near the "
                  "testing station.", ""),
            ("c", "Great. Does Ruby need to do anything on the app?", ""),
            ("a", "No, you don't have to touch the app, the new lesson will show up under her bookings by "
                  "itself.", ""),
            ("c", "Brilliant. And if Graham's still unwell next Tuesday?", ""),
            ("a", "Then I'll text you by Monday lunchtime with a swap, so you're not left "
                  "guessing.", "follow_up_promise"),
            ("c", "Sweet as. Sorry, one more thing, is it still the same price with Aroha?", ""),
            ("a", "Same price, nothing changes there.", ""),
            ("c", "Cheers, Mereana.", ""),
            ("a", "Ka kite, Hamish. Tell Ruby good luck for the test.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 12
    dict(
        id="b15_12",
        pick=True,
        asr=False,
        domain="marina moorings",
        register="West Country (Cornwall)",
        notes=("Boat moved to the outer moorings without notice and the fee raised, third call; harbour master "
               "blamed, berthing licence quoted twice, hollow empathy with can't, request for whoever runs the "
               "place, handed to the berthing manager beside her, who dismisses the feeling, refuses an "
               "exception and sends the customer to write to the harbour board."),
        utts=[
            ("a", "Good morning, Penwarren Marina, Tamsin speaking.", ""),
            ("c", "Morning. It's Colin Trethewey, I've got Shearwater on pontoon C. This is "
                  "the third time I've phoned this week, and I still don't know why my boat's "
                  "been moved to the outer trots without anybody asking me.", "repeat_contact"),
            ("a", "Let me have a look, Colin. Yes, she was moved on Monday. The harbour master "
                  "reallocated the inner berths, so that was his decision rather than ours in the "
                  "office.", "blame_shift"),
            ("c", "And my bill's gone up forty quid a month on top of that.", ""),
            ("a", "Under clause fourteen of the berthing licence, the marina can relocate a "
                  "vessel at any time for operational reasons, and the tariff follows the "
                  "berth.", "policy_recital"),
            ("c", "Operational reasons. She's got a temperamental engine, I can't get her on and off a "
                  "swinging mooring on my own.", ""),
            ("a", "I hear what you're saying, but there's no way for me to "
                  "change the allocation from the office.", "feeling_dismissal cant_language"),
            ("c", "Then I'd like to talk to whoever runs the place, please.", "escalation_request"),
            ("a", "Roger, our berthing manager, is just across the desk from me. I'll pass you over "
                  "to him.", "transfer"),
            ("a", "Roger Pascoe speaking. I gather you're not happy with the move, Colin.", ""),
            ("c", "Not happy doesn't cover it. I've been on that pontoon eleven years.", ""),
            ("a", "I'd try not to take it to heart. Nobody's singling you out, it's just "
                  "how the moorings have been reworked for the season.", "feeling_dismissal"),
            ("c", "Can you move me back or not?", ""),
            ("a", "The licence terms are clear that the tariff is set by berth, "
                  "not by how long you've been with us, and I can't make an "
                  "exception for one boat.", "policy_recital cant_language"),
            ("c", "Eleven years, and that's all I get.", ""),
            ("a", "If you want it looked at formally, you'd need to write to the harbour "
                  "board. Their address is on the back of your licence.", "channel_redirect"),
            ("c", "Oh, I'll be writing to somebody, don't you worry.", ""),
            ("a", "Is there anything else I can help with this morning?", ""),
            ("c", "No. Goodbye.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 13
    dict(
        id="b15_13",
        pick=False,
        asr=True,
        domain="solar panel installer",
        register="Welsh English",
        notes=("Inverter fault, second call; hollow empathy putting it on the manufacturer, a push to ring their "
               "helpline, which had sent her back; the agent then takes it on, holds to read the monitoring, "
               "talks her through an isolator reset, apologises and promises a Friday call. Hard negatives: "
               "misheard place name, instructions, warranty used to fix, garage trip."),
        utts=[
            ("a", "sunvale solar rhys speaking how can i help", ""),
            ("c", "oh hiya rhys its gwen pritchard from clan dyla my inverter thing has got a red light on "
                  "it again and the panels havent made a thing since sunday", ""),
            ("a", "right lets find you whats the postcode", ""),
            ("c", "its s a nineteen six d w", ""),
            ("a", "got you gwen pritchard yeah i can see we had an engineer out to you in july", ""),
            ("c", "you did and i rang in august as well when it went red the first time", "repeat_contact"),
            ("a", "look i know its annoying but the inverters are under the "
                  "manufacturers warranty so really its them who needs to sort "
                  "the fault", "feeling_dismissal blame_shift"),
            ("c", "right", ""),
            ("a", "you could give their you could ring their helpline theyre quite good", "channel_redirect"),
            ("c", "the lady in august told me to ring them and i rang them yesterday and they "
                  "said because you fitted it it has to come through you", "repeat_contact"),
            ("a", "oh did they well thats not fair on you being piggy in the middle ill deal with "
                  "the manufacturer myself from here", "ownership"),
            ("c", "oh thank you", ""),
            ("a", "let me just check the monitoring data before i raise it it takes a little while to "
                  "load so ill stick you on hold for a minute", "hold"),
            ("a", "thanks for waiting gwen so it tripped on an isolation fault sunday morning could you do "
                  "something for me and switch the grey isolator by the inverter off and then back on", ""),
            ("c", "hang on im going out to the garage", ""),
            ("c", "right thats off", ""),
            ("c", "and its back on now", ""),
            ("a", "lovely give it about five minutes to run its checks and if it beeps a couple of times "
                  "thats normal", ""),
            ("c", "oh its gone green", ""),
            ("a", "there we go im still raising it with them so they replace the unit under warranty "
                  "and sorry youve had to chase us twice for this", "apology"),
            ("c", "thats alright", ""),
            ("a", "ill ring you on friday to check its still generating and give you a date "
                  "for the new unit", "follow_up_promise"),
            ("c", "lovely dee olk rhys", ""),
            ("a", "ta ra gwen", ""),
        ],
    ),
    # ------------------------------------------------------------------ 14
    dict(
        id="b15_14",
        pick=False,
        asr=False,
        domain="kennel and cattery",
        register="Geordie (Tyneside)",
        notes=("Routine Christmas booking for a nervous dog; the agent puts him in the quiet block herself and "
               "offers a nightly photo. Hard negatives: customer's worry met with action, booster requirement "
               "(information), customer's wife, clarifying sorry, automatic confirmation email."),
        utts=[
            ("a", "Good afternoon, Tyneside Paws Boarding Kennels, Kayleigh speaking.", ""),
            ("c", "Now then, pet. I'm after booking my dog in over Christmas, the twenty-third to the "
                  "twenty-ninth. He's called Bosun.", ""),
            ("a", "Lovely. Has Bosun stayed with us before?", ""),
            ("c", "Aye, last summer. The name's Barry Robson, from Wallsend.", ""),
            ("a", "Got him, the Staffie cross with the white patch over one eye. Is he still on the same dry "
                  "food, or has that changed since the summer?", ""),
            ("c", "Same food, aye, the chicken one, and the wife sends a bag in with him. Here, the thing "
                  "is, he got himself in a right state with the fireworks last time, and we're worried about "
                  "New Year.", ""),
            ("a", "That's really useful to know. I'm going to put him in our quiet block at the "
                  "back, away from the road, and I'll leave a note for the night staff to keep the "
                  "radio on for him.", "ownership"),
            ("c", "Oh, that's canny, that.", ""),
            ("a", "So that's the twenty-third to the twenty-ninth booked for him now, in the quiet block.", ""),
            ("c", "Grand. Do you need his jabs card?", ""),
            ("a", "We need to see his kennel cough is in date. Is it still the one from last March?", ""),
            ("c", "Should be, the vet did them all together.", ""),
            ("a", "Then it runs out before Christmas. He'll need a booster at least two weeks before he "
                  "comes in.", ""),
            ("c", "Right, I'll get him booked in at the vet's next week, then, they're only round the corner "
                  "from us.", ""),
            ("a", "Great. And if you like, I'll send you a photo of him every evening he's "
                  "with us, so you can see he's settled.", "follow_up_promise"),
            ("c", "The wife would love that.", ""),
            ("a", "Sorry, was that a yes to the photos?", ""),
            ("c", "Aye, yes please.", ""),
            ("a", "Done. You'll get the booking confirmation by email in a bit.", ""),
            ("c", "Champion. Ta, Kayleigh.", ""),
            ("a", "Ta-ra, Barry.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 15
    dict(
        id="b15_15",
        pick=True,
        asr=False,
        domain="hearing aid clinic",
        register="Scottish (Glasgow)",
        notes=("Hearing aid away for repair five weeks, called twice last month; hold + transfer to central "
               "repairs, where the manufacturer and the courier are blamed, loan aids refused under the "
               "care-plan terms with hollow empathy, a manager request is met with a feeling dismissal, nothing "
               "can be sped up, a web form redirect and a bare apology."),
        utts=[
            ("a", "Good morning, ClearSound Hearing Centre in Paisley, Shona speaking.", ""),
            ("c", "Hello, dear. It's Agnes McLeod. I sent my hearing aid away for repair five "
                  "weeks ago and I've not had it back. I phoned twice last month about it as "
                  "well.", "repeat_contact"),
            ("a", "Can I take your date of birth, Agnes?", ""),
            ("c", "Second of August, nineteen forty-one.", ""),
            ("a", "Thank you. Repairs are all handled centrally, so I'll put you on hold and "
                  "put you through to them.", "hold transfer"),
            ("a", "Repairs, Darren speaking.", ""),
            ("c", "Oh, hello, son. It's about my hearing aid. The lassie at the Paisley shop passed me "
                  "through.", ""),
            ("a", "Let me look. Right, the aid was sent on to the manufacturer because it needed "
                  "a new receiver, and they're running about six weeks behind.", "blame_shift"),
            ("c", "Six weeks? I can't hear the television without it, and I miss the phone half the time.", ""),
            ("a", "The courier sometimes adds a few days on top as well, and that's out of our "
                  "control.", "blame_shift"),
            ("c", "Can you not lend me one in the meantime?", ""),
            ("a", "I do see it's hard, but loan aids are only issued under "
                  "the care plan, and you're on the basic warranty.", "feeling_dismissal policy_recital"),
            ("c", "Then I'd like to speak to your manager about this.", "escalation_request"),
            ("a", "There's honestly no need to get upset, Agnes, a manager would only tell "
                  "you the same.", "feeling_dismissal"),
            ("c", "I'm not upset, son. I just can't hear.", ""),
            ("a", "I haven't any way to hurry the manufacturer along from here.", "cant_language"),
            ("c", "Well, what am I supposed to do?", ""),
            ("a", "If you want to make a complaint, there's a form on our website, or maybe "
                  "your daughter could fill it in for you.", "channel_redirect"),
            ("c", "I don't have the internet, and my daughter's in Canada.", ""),
            ("a", "Sorry about that. It should be back with you in a week or so.", "apology"),
            ("c", "I'll believe that when I see it. Cheerio.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 16
    dict(
        id="b15_16",
        pick=False,
        asr=True,
        domain="mobile tyre fitting",
        register="Birmingham (Brummie)",
        notes=("Fitter no-show after two calls; routing software blamed, apology with no exact time, then the "
               "agent takes it on, reroutes the fitter in the call, waives the call-out charge and promises a "
               "text. Hard negatives: short pause with no wait, customer's can't and sorry, nothing for the "
               "customer to do."),
        utts=[
            ("a", "good morning tyre flyer mobile fitting jas speaking", ""),
            ("c", "yeah morning bab its dean hollis ive got a fitter booked for eight this morning at my "
                  "work in ties lee and its gone half ten and", ""),
            ("c", "nobody has turned up", ""),
            ("a", "right let me have a look erm can i take the reg", ""),
            ("c", "its b d sixty eight x k m", ""),
            ("a", "thanks mister hollis so the van was routed to an old postcode by our routing "
                  "software thats whats gone wrong there", "blame_shift"),
            ("c", "i rang at nine and the bloke said hed be twenty minutes and i rang at ten "
                  "and got told the same again", "repeat_contact"),
            ("a", "sorry i honestly cant give you an exact time off this screen it just "
                  "says en route", "apology cant_language"),
            ("c", "i need the car for a job at two and the tyre is down to the canvas i cant drive it "
                  "anywhere", ""),
            ("a", "right lets sort this properly im gonna get hold of the fitter myself now and "
                  "send him straight over to you", "ownership"),
            ("c", "go on then", ""),
            ("a", "give us a sec", ""),
            ("a", "right ive messaged him through the van tablet and hes turned round hes at the hay mills "
                  "island so fifteen minutes tops", ""),
            ("c", "fifteen minutes right", ""),
            ("a", "im knocking the call out charge off for the hassle and ill text you when "
                  "hes five minutes away so youve got the keys ready", "follow_up_promise"),
            ("c", "ta jas and sorry for being short with you before its not you its the morning ive had", ""),
            ("a", "youre alright you dont need to do anything just leave the car where it is", ""),
            ("c", "sound cheers", ""),
            ("a", "tara", ""),
        ],
    ),
    # ------------------------------------------------------------------ 17
    dict(
        id="b15_17",
        pick=False,
        asr=False,
        domain="photobook printing",
        register="German customer (non-native), British agent",
        notes=("Anniversary photobook bound in the wrong order; the agent first suggests the customer's file, "
               "then hands to the production lead beside him, who admits the binding fault, apologises, reprints "
               "it herself and promises the tracking number by email. Hard negatives: nothing to return, "
               "customer's parents and brother, customer's sorry, explanation of express courier."),
        utts=[
            ("a", "Hi, you're through to Papercut Photobooks customer care, Liam speaking.", ""),
            ("c", "Hello, my name is Katrin Vogel. I received my photobook yesterday, it is for the fiftieth "
                  "wedding anniversary of my parents, and the pages are in a completely wrong order.", ""),
            ("a", "Oh dear. Can I take your order number?", ""),
            ("c", "Yes, it is PC-440917.", ""),
            ("a", "Thanks, Katrin. Books are printed exactly as they're uploaded, so usually when "
                  "the order's wrong it's something in the file on your side.", "blame_shift"),
            ("c", "No, I have checked the preview three times before I ordered. The preview is correct, I "
                  "have even a screenshot of it.", ""),
            ("a", "Right. In that case, Nadia from our production team is sitting next to me, and "
                  "she can look at the print file itself. I'll hand you over now.", "transfer"),
            ("a", "Hello Katrin, I'm Nadia, I run production here. I've got your file open, and "
                  "you're right, the preview's fine. Our binding machine put two sections in the "
                  "wrong way round. I'm very sorry.", "apology"),
            ("c", "Okay. The party is on the twenty-first. Is it possible to have a new one before this?", ""),
            ("a", "I'm going to reprint it myself this morning and send it by express courier at "
                  "our cost, so it'll be with you by Thursday.", "ownership"),
            ("c", "That is very kind. And the wrong book, must I send it back to you?", ""),
            ("a", "Keep it, there's no need to return anything.", ""),
            ("c", "Good, maybe my brother can cut it up for a collage.", ""),
            ("a", "That sounds lovely. I'll email you the tracking number tonight, once "
                  "it's gone out with the courier.", "follow_up_promise"),
            ("c", "Sorry, my English, what is express courier exactly?", ""),
            ("a", "It just means the fast delivery, next working day, with a signature when it arrives.", ""),
            ("c", "Ah, okay, now I understand. Thank you very much, Nadia.", ""),
            ("a", "You're welcome, and congratulations to your parents.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 18
    dict(
        id="b15_18",
        pick=True,
        asr=False,
        domain="letting agent repairs",
        register="Irish (Dublin)",
        notes=("Leaking bedroom ceiling, reported and chased twice; landlord blamed, hold with nothing new, "
               "tenancy terms quoted, hollow empathy with can't, property manager request refused, redirects to "
               "the tenancy board and a maintenance inbox; nothing fixed. Hard negatives: customer's brother, "
               "apology after the hold, rent-withholding advice."),
        utts=[
            ("a", "Liffey Lettings, Ciara speaking.", ""),
            ("c", "Hi Ciara, Tomas Kavanagh here, I rent the flat at 41B Dorset Street. The "
                  "ceiling in the bedroom is leaking again. I reported it on the twelfth and I "
                  "rang twice last week.", "repeat_contact"),
            ("a", "Okay, I'll just pull up the property. Yeah, I can see the report. The landlord "
                  "hasn't approved the roofer's quote yet, so it's sitting with him, really.", "blame_shift"),
            ("c", "There's a basin on my bed, Ciara. There's black mould coming in round the window now.", ""),
            ("a", "Let me check whether anything's come in from the landlord since. I'll put you on hold "
                  "for a minute.", "hold"),
            ("a", "Sorry for keeping you. No, there's nothing new from him.", "apology"),
            ("c", "So what happens now?", ""),
            ("a", "Under your tenancy agreement, non-emergency repairs are given twenty-eight "
                  "days before anything gets escalated, and this one's logged as "
                  "non-emergency.", "policy_recital"),
            ("c", "Water coming through the ceiling is non-emergency?", ""),
            ("a", "I know it's not nice, but I can't override the landlord on "
                  "what gets spent on his property.", "feeling_dismissal cant_language"),
            ("c", "Can I speak to the property manager, then? Or whoever's in charge of "
                  "that office.", "escalation_request"),
            ("a", "She's out on viewings all day, and I can't put calls through to her phone.", "cant_language"),
            ("c", "My brother says I should just stop paying the rent until it's fixed.", ""),
            ("a", "I'd really advise against that. If you feel the place isn't fit to live "
                  "in, you can raise a dispute with the Residential Tenancies Board.", "channel_redirect"),
            ("c", "I'm not looking for a dispute. I'm looking for a roofer.", ""),
            ("a", "You could also send photos of the mould to the maintenance inbox so "
                  "they're on file.", "channel_redirect"),
            ("c", "I sent them photos on the twelfth, with the first report.", "repeat_contact"),
            ("a", "Then they're on file. The case will be reviewed when it reaches the twenty-eight days.", ""),
            ("c", "Great. Thanks for nothing, Ciara.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 19
    dict(
        id="b15_19",
        pick=False,
        asr=True,
        domain="dog grooming",
        register="American (Southern)",
        notes=("Routine booking for a matted dog; clarifying sorry, shave-down explained, the agent books it "
               "herself and promises a call when he is ready. Hard negatives: misheard breed, customer's "
               "husband, drop-off instruction, \"i promise\" about the clip (not a follow-up)."),
        utts=[
            ("a", "pampered pup grooming this is lacey", ""),
            ("c", "hey lacey this is darlene mccoy i wanna get my golden noodle in for a groom hes gotten "
                  "real matted up behind the ears", ""),
            ("a", "aw bless his heart whats his name", ""),
            ("c", "his name is tater", ""),
            ("a", "sorry whats his name one more time", ""),
            ("c", "tater like a potato tater", ""),
            ("a", "oh i love that and is he a new client or has he been in with us before", ""),
            ("c", "he came in he came in one time last spring i think it was under mccoy", ""),
            ("a", "yep got him tater mccoy last groom in april so with matting like that we usually do a "
                  "shave down and let it grow back clean cause brushing out mats really hurts em", ""),
            ("c", "oh shoot i dont want him bald my husband is gonna have a fit", ""),
            ("a", "itll be about an inch all over hes not gonna be bald i promise hell look like a puppy "
                  "again", ""),
            ("c", "well alright then thats fine", ""),
            ("a", "let me get him on the books for you ive got tuesday at nine or thursday at one", "ownership"),
            ("c", "tuesday at nine works better for me", ""),
            ("a", "alright hes on for tuesday at nine and its gonna run about eighty five for the shave down "
                  "and a bath", ""),
            ("c", "thats fine can i drop him early i gotta be at work by eight thirty", ""),
            ("a", "sure the back door opens at seven forty five just ring the bell and somebody will come "
                  "grab him", ""),
            ("c", "perfect", ""),
            ("a", "and ill give you a call when hes all done so you aint waiting around "
                  "guessing", "follow_up_promise"),
            ("c", "thank ya lacey", ""),
            ("a", "yall have a good one bye now", ""),
        ],
    ),
    # ------------------------------------------------------------------ 20
    dict(
        id="b15_20",
        pick=False,
        asr=False,
        domain="car hire",
        register="Australian",
        notes=("Routine: rental extended by the agent; a windscreen chip goes to the damage desk on hold + "
               "transfer, where the handler apologises for the wait, logs it herself and promises the report by "
               "email. Hard negatives: windscreen cover (terms used to help), air-con instruction, nothing to "
               "fill out, customer's partner."),
        utts=[
            ("a", "G'day, Coral Coast Car Rentals, Cairns Airport, Brodie speaking.", ""),
            ("c", "Hi Brodie, Sarah Nguyen here. I've got one of your hatchbacks until Friday, and I'd like "
                  "to keep it till Monday if that's possible.", ""),
            ("a", "Should be fine. What's the rental agreement number?", ""),
            ("c", "It's CC-50283.", ""),
            ("a", "Thanks, Sarah. Yep, the car's free, so I'll extend you through to Monday at ten, "
                  "same daily rate.", "ownership"),
            ("c", "Great. The other thing is, a rock hit the windscreen on the Kuranda road yesterday, and "
                  "there's a little chip now.", ""),
            ("a", "Thanks for telling us. Chips go through our damage desk so they can log it "
                  "properly. I'll pop you on hold and put you through to them, it shouldn't be "
                  "long.", "hold transfer"),
            ("a", "Hi Sarah, Lena on the damage desk. Brodie says you picked up a chip on the Kuranda "
                  "road. Sorry you were kept waiting there.", "apology"),
            ("c", "That's fine. It's about the size of a five-cent coin, in the bottom corner on the "
                  "passenger side.", ""),
            ("a", "Okay. You took the windscreen cover, so there's no excess on that. I'll log it "
                  "now and get a repair booked for when you drop the car back.", "ownership"),
            ("c", "Is it safe to keep driving on?", ""),
            ("a", "At that size, yes. Just don't blast the air con straight at the glass on a hot day, "
                  "because the temperature change can make a chip spread.", ""),
            ("c", "Good tip. Do I need to fill out a report or anything?", ""),
            ("a", "No, you don't need to do a thing, I've got your description and I'm adding a note to the "
                  "agreement.", ""),
            ("c", "Brilliant. My partner was convinced we'd be paying for a whole new windscreen.", ""),
            ("a", "Not with the cover. I'll send you a copy of the damage report by email "
                  "tonight, once the branch has signed it off.", "follow_up_promise"),
            ("c", "Perfect, thanks, Lena.", ""),
            ("a", "No worries. Enjoy the rest of your trip.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 21
    dict(
        id="b15_21",
        pick=False,
        asr=False,
        domain="language school",
        register="Polish customer (non-native), British agent",
        notes=("Course fee taken twice; receptionist cannot see card payments, customer already emailed; she "
               "takes it on, holds while she walks to finance, comes back with the refund done, apologises and "
               "promises a Wednesday call. Hard negatives: refund timing (confirmation), customer's sorry and "
               "wife, enrolment offer."),
        utts=[
            ("a", "Good morning, Bridgeway Language School, Sophie speaking.", ""),
            ("c", "Good morning. My name is Marek Nowak, I am a student in the evening intermediate course. "
                  "I have a problem, because you take the course fee from my card two times.", ""),
            ("a", "Oh no. Can I take your student number and date of birth?", ""),
            ("c", "The student number is B2217, and my birthday is ninth of October, ninety-four.", ""),
            ("a", "Thank you. Card payments are processed by our finance office, so I can't see "
                  "the card transactions from reception.", "cant_language"),
            ("c", "But I wrote an email to the school office already on Wednesday and nobody "
                  "answered.", "repeat_contact"),
            ("a", "Right, then I'm not going to send you round in circles. I'll walk over to "
                  "finance and check it with them myself, so I'll put you on hold for a few "
                  "minutes.", "ownership hold"),
            ("a", "Thank you for waiting, Marek. You're right, it went through twice on the third. "
                  "Finance have refunded the second payment while I was standing there, and I'm sorry "
                  "about the mix-up.", "apology"),
            ("c", "Okay, good. How long until I see the money?", ""),
            ("a", "Usually three to five working days, depending on your bank.", ""),
            ("c", "Sorry, three to five what? Working days?", ""),
            ("a", "Working days, so Monday to Friday. I'll ring you next Wednesday to make "
                  "sure it's arrived.", "follow_up_promise"),
            ("c", "Thank you. Also, my wife wants to join the beginner course. Can she do it online?", ""),
            ("a", "She can, or I'm happy to enrol her over the phone if that's easier for her.", ""),
            ("c", "She will call tomorrow, she is at work now.", ""),
            ("a", "No problem. Just have her mention your name and she'll get the partner discount.", ""),
            ("c", "Very good. Thank you, Sophie.", ""),
            ("a", "You're welcome. Enjoy your class tonight.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 22
    dict(
        id="b15_22",
        pick=False,
        asr=True,
        domain="septic tank emptying",
        register="Irish (rural Kerry)",
        notes=("Tanker did not come, customer rang Monday; booking window quoted, told not to get cross, lorry "
               "cannot be pulled; then the agent apologises, rings the driver himself, gets him out that evening "
               "and promises a morning call. Hard negatives: grandson, split sentence, short pause with no wait, "
               "lid instruction, customer's don't worry."),
        utts=[
            ("a", "kingdom tank services padraig speaking", ""),
            ("c", "hello padraig its eileen o sullivan out in bally haig ye were meant to be out to empty "
                  "the tank yesterday and no one came and its starting to come up in the garden now", ""),
            ("a", "right whats the eircode there", ""),
            ("c", "v nine two x f four k", ""),
            ("a", "yeah i have you so the booking terms give a two day window on rural calls "
                  "so technically today is still inside it", "policy_recital"),
            ("c", "technically theres a smell in the kitchen padraig and i rang ye on monday "
                  "to say it was getting bad", "repeat_contact"),
            ("a", "ah theres no need to be getting cross now sure it does be like that with "
                  "the older tanks", "feeling_dismissal"),
            ("c", "im not cross padraig im worried my grandson is coming down from limerick on saturday with "
                  "the baby and i cant have them walking into that", ""),
            ("a", "em the lorry is down in dingle all day on a big job and i cant pull it off "
                  "that", "cant_language"),
            ("c", "so what am i to do", ""),
            ("a", "look im sorry i was a bit short with you there thats not good enough from us", "apology"),
            ("a", "ill ring the driver myself now and get him to call out to you", "ownership"),
            ("a", "on his way back from dingle this evening", ""),
            ("c", "this evening would be great", ""),
            ("a", "hold on there a sec", ""),
            ("a", "grand hes after saying hell be with you by seven so keep the lid clear for him and tie up "
                  "the dog if hes out in the yard at all", ""),
            ("c", "the dog will be inside dont worry", ""),
            ("a", "and ill call you in the morning to make sure its all gone down right", "follow_up_promise"),
            ("c", "thanks padraig youre very good i was fierce worried about saturday", ""),
            ("a", "not at all mind yourself", ""),
        ],
    ),
    # ------------------------------------------------------------------ 23
    dict(
        id="b15_23",
        pick=False,
        asr=False,
        domain="piano tuning",
        register="Canadian (Nova Scotia)",
        notes=("Routine booking for an untuned upright; hold to check the tuner's calendar, apology for the time "
               "it took, two visits booked by the agent, the tuner's call the day before promised. Hard "
               "negatives: nothing to move for the visit, customer's son, instructions about placement and "
               "lifting, customer's sorry."),
        utts=[
            ("a", "Good morning, Keystone Piano Services, this is Marc.", ""),
            ("c", "Hi Marc, it's Linda Fraser calling. I inherited my aunt's upright, and I'd guess it "
                  "hasn't been tuned in fifteen years.", ""),
            ("a", "Okay. Do you happen to remember the make?", ""),
            ("c", "It says Heintzman on the front.", ""),
            ("a", "Nice, those are good instruments. After that long it'll probably need a pitch raise "
                  "before the fine tuning, so it's usually a two-visit job.", ""),
            ("c", "Two visits. Is that expensive?", ""),
            ("a", "It's a hundred and sixty for the first and a hundred and twenty for the second. I'm "
                  "going to check Paul's calendar for the next couple of weeks, so I'll put you on hold "
                  "for a minute.", "hold"),
            ("a", "Thanks for hanging on, Linda, sorry that took a while.", "apology"),
            ("a", "I'm booking Paul in for Tuesday the ninth at ten for the first visit, and I'll "
                  "pencil in the second visit three weeks after, so the strings have time to "
                  "settle.", "ownership"),
            ("c", "That's perfect. Do I need to pull it away from the wall?", ""),
            ("a", "No, you don't have to move a thing for the visit. Paul just needs to be able to lift the "
                  "lid and take the front panel off.", ""),
            ("c", "My son said it should go against an inside wall because of the damp. Is that right?", ""),
            ("a", "He's right. An inside wall, away from the heat register, will help it hold the tuning.", ""),
            ("c", "Sorry, it's on the outside wall right now. Should I move it before Tuesday?", ""),
            ("a", "If you can get help moving it safely, then yes, before the visit is best. Don't try it on "
                  "your own, though, those uprights are heavy.", ""),
            ("c", "I'll get my son over on the weekend.", ""),
            ("a", "Paul will give you a call the day before to confirm the time.", "follow_up_promise"),
            ("c", "Lovely. Thank you, Marc.", ""),
            ("a", "You're welcome. Have a good day, Linda.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 24
    dict(
        id="b15_24",
        pick=True,
        asr=False,
        domain="dental practice",
        register="Nigerian English receptionist, British customer",
        notes=("Missed-appointment fee after the customer rang to cancel; cancellation policy, the overflow call "
               "service blamed, hollow empathy, receptionist cannot remove charges; hold + transfer to the "
               "practice manager, who recites the dispute terms, sends her to the inbox and apologises with no "
               "change; customer leaves the practice."),
        utts=[
            ("a", "Good afternoon, Brookfield Dental Practice, you're speaking with Funmi. How may I help "
                  "you?", ""),
            ("c", "Hi, it's Rachel Holt. I've just had a letter charging me thirty-five pounds "
                  "for missing an appointment on the fourth, but I rang on the Monday before "
                  "to cancel it.", "repeat_contact"),
            ("a", "Please can I have your date of birth?", ""),
            ("c", "Nineteenth of June, nineteen eighty-eight.", ""),
            ("a", "Thank you. Our policy is that cancellations need forty-eight hours' notice, "
                  "otherwise the missed appointment fee applies.", "policy_recital"),
            ("c", "I gave you three days' notice. I spoke to a man on the phone.", ""),
            ("a", "Sadly, there is no cancellation on the diary, ma'am. If it was not logged, "
                  "then it would have been the call handling service we use on Mondays, they take "
                  "our calls when we are busy.", "blame_shift"),
            ("c", "That's not my problem, is it? I rang your number.", ""),
            ("a", "I understand you are annoyed, but the fee is raised automatically once "
                  "the appointment is marked as missed.", "feeling_dismissal"),
            ("c", "Then unmark it.", ""),
            ("a", "I cannot remove a charge from here, only the practice manager has that "
                  "access.", "cant_language"),
            ("c", "Then I'd like to speak to the practice manager, please.", "escalation_request"),
            ("a", "Let me see if she is free. Please hold while I transfer you.", "hold transfer"),
            ("a", "Good afternoon, Mrs Clarke speaking, I'm the practice manager. What seems to be the "
                  "problem?", ""),
            ("c", "I've been charged for an appointment I cancelled, and I've just been "
                  "through all of it with your receptionist.", "repeat_contact"),
            ("a", "I've only got a moment between patients. As a rule we go by the diary, and "
                  "our terms state that any dispute over a cancellation must be made in "
                  "writing.", "policy_recital"),
            ("c", "So I have to write a letter about a phone call?", ""),
            ("a", "You can email the practice inbox with the date and time you rang.", "channel_redirect"),
            ("c", "And in the meantime?", ""),
            ("a", "In the meantime the fee stands, I'm sorry.", "apology"),
            ("c", "Unbelievable. I'll be finding another dentist.", ""),
            ("a", "That is of course your choice. Goodbye.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 25
    dict(
        id="b15_25",
        pick=False,
        asr=True,
        domain="bicycle repair shop",
        register="New Zealand",
        notes=("Bike service two weeks overdue, rang Friday; the Auckland supplier is blamed and the part cannot "
               "be hurried; then the mechanic holds to search the back room, fits a part off an ex-hire bike "
               "himself, apologises and promises a call when the new part arrives. Hard negatives: misheard part "
               "name, customer's partner and can't, nothing to book for the swap."),
        utts=[
            ("a", "kia ora spoke and chain cycles nikau here", ""),
            ("c", "oh hi its fiona baxter i dropped my bike in for a service two weeks ago and "
                  "you said itd be ready friday and then i rang on friday and you said monday "
                  "and now its wednesday", "repeat_contact"),
            ("a", "ah yep hang on fiona baxter the the blue trek yeah so were waiting on a rear "
                  "the rail ear and the supplier up in auckland has been real slack getting stuff "
                  "down to us", "blame_shift"),
            ("c", "ive got a race on sunday in rotorua i cant ride it without gears", ""),
            ("a", "yeah nah i cant magic the part down here any faster", "cant_language"),
            ("c", "is there really nothing you can do", ""),
            ("a", "actually hold on lets not leave it there theres a couple of old hire bikes out the "
                  "back that got stripped let me go and look so ill put you on hold for a minute", "hold"),
            ("a", "thanks for hanging on ive found a derailleur off one of the ex hire bikes that "
                  "suits yours so im gonna fit it myself this afternoon and have it ready for you "
                  "by five", "ownership"),
            ("c", "oh my gosh really", ""),
            ("a", "yeah and sorry for mucking you round with the dates you shouldve had a straight "
                  "answer on friday", "apology"),
            ("c", "thats alright my partner was gonna lend me his but its way too big for me", ""),
            ("a", "ha yeah dont do that youll be all over the show on a frame that size", ""),
            ("c", "sweet so five oclock", ""),
            ("a", "yep and when the proper part does turn up ill give you a ring and swap "
                  "it over for free if you want the new one on", "follow_up_promise"),
            ("c", "choice thanks nikau", ""),
            ("a", "and you dont have to book anything for the swap just bring it in whenever suits", ""),
            ("c", "will do see ya", ""),
            ("a", "catch ya", ""),
        ],
    ),
    # ------------------------------------------------------------------ 26
    dict(
        id="b15_26",
        pick=False,
        asr=False,
        domain="domestic cleaning agency",
        register="Indian English",
        notes=("Routine: moving a cleaner's Friday visit to Saturday; handed to the scheduler beside the agent, "
               "who changes it himself and promises a Friday evening message. Hard negatives: mother-in-law, "
               "Sunday surcharge (information), customer's sorry, app confirmation."),
        utts=[
            ("a", "Good morning, HomeShine Cleaning Services, Anjali speaking. How can I help you today?", ""),
            ("c", "Good morning, Anjali. This is Vikram Rao from Indiranagar. Our cleaner Lakshmi comes on "
                  "Tuesdays and Fridays, and we want to shift the Friday visit to Saturday from next week "
                  "onwards.", ""),
            ("a", "Sure, sir. May I have the registered mobile number, please?", ""),
            ("c", "It's 98450 12337.", ""),
            ("a", "Thank you, Mr Rao. Lakshmi's weekend schedule is managed by Suresh from our "
                  "scheduling team, and he is sitting right next to me. I'll hand the call to him so "
                  "he can change it directly.", "transfer"),
            ("a", "Hello Mr Rao, Suresh this side. Anjali told me you want Saturday in place of Friday.", ""),
            ("c", "Yes, from next week, same timing, ten to one.", ""),
            ("a", "Lakshmi is free on Saturday mornings, so I will change it for you right now, sir.", "ownership"),
            ("c", "Very good. My mother-in-law is staying with us for two months, so Saturday is better, she "
                  "wants help with the deep cleaning of the pooja room.", ""),
            ("a", "No problem at all. Lakshmi can bring the brass polish for the lamps also.", ""),
            ("c", "Do I need to pay anything extra for Saturday?", ""),
            ("a", "No extra charge for Saturday, sir. Only Sunday visits have a surcharge.", ""),
            ("c", "And Tuesday will stay as it is?", ""),
            ("a", "Tuesday stays exactly the same. I have updated both visits, and Lakshmi will see the "
                  "change on her app.", ""),
            ("c", "Sorry, one more doubt. If Lakshmi is on leave some Saturday, what happens?", ""),
            ("a", "I will message you on Friday evening to confirm Lakshmi for this "
                  "Saturday, and if she is ever on leave, we send a trained replacement and "
                  "tell you the name beforehand.", "follow_up_promise"),
            ("c", "Perfect. That is all I needed. Thank you, Suresh.", ""),
            ("a", "Thank you, sir. Have a nice day, and regards to your mother-in-law.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 27
    dict(
        id="b15_27",
        pick=True,
        asr=False,
        domain="window cleaning",
        register="Lancashire (British)",
        notes=("Charged for three cleans not done, texted twice and rang once; self-employed cleaners blamed, "
               "charging terms quoted, tone dismissed, two requests for the owner, agent has no power to refund, "
               "two redirects (app, accounts email); nothing resolved. Hard negatives: granddaughter, next round "
               "date (not a promise)."),
        utts=[
            ("a", "Crystal Clear Window Cleaning, Lee speaking.", ""),
            ("c", "Hiya, it's Margaret Haworth in Longridge. I've been charged for three "
                  "cleans in a row, and nobody's been near my windows since August. I've "
                  "texted twice and rung once already.", "repeat_contact"),
            ("a", "What's the address, Margaret?", ""),
            ("c", "Nine Chapel Brow.", ""),
            ("a", "Right, yeah, I can see Chapel Brow. The rounds are done by self-employed "
                  "cleaners, so if he's not turned up, that's between you and him, really.", "blame_shift"),
            ("c", "Between me and him? I pay you, not him.", ""),
            ("a", "Our terms say a clean is charged on the scheduled date unless the customer "
                  "cancels before eight that morning.", "policy_recital"),
            ("c", "How am I meant to cancel a clean I didn't know was happening? And the windows are filthy.", ""),
            ("a", "There's no need to take that tone with me, I'm only telling you how it "
                  "works.", "feeling_dismissal"),
            ("c", "I want to speak to the owner.", "escalation_request"),
            ("a", "Gary's out on the vans, and I've no power to refund anything.", "cant_language"),
            ("c", "Then get Gary to ring me himself.", "escalation_request"),
            ("a", "He won't ring about a billing query. If you think you've been charged "
                  "wrongly, you'd need to dispute it through the app.", "channel_redirect"),
            ("c", "I'm seventy-three, love, I don't have the app. My granddaughter set me up on all this in "
                  "the first place.", ""),
            ("a", "You could ask her to do it for you, or email the accounts address on your "
                  "invoice.", "channel_redirect"),
            ("c", "So nobody's coming to clean my windows.", ""),
            ("a", "He's due round again on the twenty-eighth.", ""),
            ("c", "And I've to pay for the three he missed.", ""),
            ("a", "That's how the billing works, I'm just telling you what's on the account.", ""),
            ("c", "Then I'll be cancelling.", ""),
            ("a", "Okay. Was there anything else?", ""),
        ],
    ),
    # ------------------------------------------------------------------ 28
    dict(
        id="b15_28",
        pick=False,
        asr=True,
        domain="coach company lost property",
        register="Scottish (Aberdeen)",
        notes=("Rucksack with a work laptop left on a coach; web form redirect though the customer filled it in "
               "and phoned; told not to fash himself; agent cannot see the depot log; supervisor request; the "
               "supervisor beside him apologises, finds the bag, takes it on and promises a call once it is on "
               "the coach. Hard negatives: misheard brand and place, customer's sorry, agent's reassurance after "
               "the customer's apology."),
        utts=[
            ("a", "granite city coaches customer services jamie speaking", ""),
            ("c", "aye hi there its stuart munro i left a rucksack on the half seven coach fae aberdeen tae "
                  "in verness on friday and ive heard nothing back", ""),
            ("a", "right so for lost property you need to fill in the lost property form "
                  "online and the depot will get back to you", "channel_redirect"),
            ("c", "i filled i filled that in on friday night and i phoned on saturday and they "
                  "said itd all be on the form", "repeat_contact"),
            ("a", "ach dinnae fash yourself about it bags turn up all the time", "feeling_dismissal"),
            ("c", "its got my work laptop in it i kinda need tae fash myself about it", ""),
            ("a", "the depot does all the searching i cant see whats been handed in fae here", "cant_language"),
            ("c", "can i speak tae a supervisor please", "escalation_request"),
            ("a", "aye morven my supervisor is sat right here ill pass you over", "transfer"),
            ("a", "hiya stuart its morven the supervisor jamie says its a rucksack wi a laptop in it", ""),
            ("c", "aye a black north faith wi a luggage tag on the handle", ""),
            ("a", "right im sorry youve been going round in circles wi this", "apology"),
            ("a", "i can see the inverness depot log fae here and theres a black rucksack logged "
                  "off the friday coach so im phoning the depot myself tae get it sent down", "ownership"),
            ("c", "oh thank god", ""),
            ("a", "theyll put it on the morning coach back tae aberdeen tomorrow and ill "
                  "phone ye once ive confirmed its actually on board", "follow_up_promise"),
            ("c", "brilliant and sorry for being a bit short wi jamie there", ""),
            ("a", "youre fine honestly its a worry when its your work stuff", ""),
            ("c", "cheers morven", ""),
            ("a", "nae bother speak tae ye tomorrow", ""),
        ],
    ),
    # ------------------------------------------------------------------ 29
    dict(
        id="b15_29",
        pick=False,
        asr=False,
        domain="mobility scooter hire",
        register="Australian (Queensland)",
        notes=("Routine holiday scooter booking; hold to check stock, apology for the time, the agent books "
               "delivery and collection herself and promises a call the week before. Hard negatives: customer's "
               "wife and her nerves met with action, charging instruction, customer's sorry, no doctor's letter "
               "needed."),
        utts=[
            ("a", "Good morning, Sunshine Coast Mobility Hire, Kylie speaking.", ""),
            ("c", "Morning, Kylie. Des Whitfield here. My wife and I are coming up to Noosa for a fortnight "
                  "in March, and I'd like to hire a scooter for her while we're there.", ""),
            ("a", "Lovely. What dates are you after?", ""),
            ("c", "Arriving on the ninth, leaving on the twenty-third.", ""),
            ("a", "And would you like it delivered to where you're staying?", ""),
            ("c", "Yes, please. We're at the Tewantin Palms, unit six.", ""),
            ("a", "No worries. Let me check we've got a mid-size one free for the whole fortnight. I'll "
                  "pop you on hold for a minute or two.", "hold"),
            ("a", "Thanks for waiting, Des, sorry that took a bit longer than I thought.", "apology"),
            ("a", "I've got a mid-size with the bigger battery, which is handy if you're doing the "
                  "river walk. I'm booking it in for delivery on the ninth at two, and collection "
                  "on the morning of the twenty-third.", "ownership"),
            ("c", "How far will it go on a charge?", ""),
            ("a", "About thirty kilometres on the flat. Plug it in every night, even if you've only been to "
                  "the shops, and the battery will look after itself.", ""),
            ("c", "She's a bit nervous about it, mind. She's never driven one before.", ""),
            ("a", "Our driver will spend twenty minutes with her when he drops it off, and go up and down "
                  "the street with her until she's comfortable.", ""),
            ("c", "That's good of him. Sorry, what's the weekly rate again?", ""),
            ("a", "It's two hundred and ten a week, so four hundred and twenty for the fortnight, delivery "
                  "included.", ""),
            ("c", "Do I need to send you a copy of her doctor's letter or anything?", ""),
            ("a", "No, nothing like that's needed. I'll give you a ring the week before to "
                  "confirm the delivery time.", "follow_up_promise"),
            ("c", "Beautiful. Thanks, Kylie.", ""),
            ("a", "You're welcome, Des. Enjoy Noosa.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 30
    dict(
        id="b15_30",
        pick=True,
        asr=False,
        domain="appliance repair (washing machine)",
        register="American (New York)",
        notes=("Paid a diagnostic fee and the washer still leaks, a promised call-back never came; the "
               "manufacturer's back-order blamed, service agreement quoted, feeling dismissed, supervisor "
               "requested; the supervisor beside him repeats the non-refundable terms behind hollow empathy and "
               "points to the portal; bare apology, nothing fixed."),
        utts=[
            ("a", "Five Boroughs Appliance Repair, this is Tony.", ""),
            ("c", "Hi Tony, my name's Alicia Grant. Your technician came out Tuesday, charged "
                  "me a hundred and fifty dollars, and the washer's still leaking all over my "
                  "kitchen floor. I called yesterday and was told somebody would call me back. "
                  "Nobody did.", "repeat_contact"),
            ("a", "Let me pull that up. Grant, Flatbush, Samsung front-loader. Right, so the tech "
                  "diagnosed a bad door seal, and the seal's on back-order with the manufacturer.", "blame_shift"),
            ("c", "So why did I pay a hundred and fifty dollars for a washer that still leaks?", ""),
            ("a", "Per your service agreement, the diagnostic fee covers the visit and the "
                  "diagnosis, not the repair itself.", "policy_recital"),
            ("c", "Nobody told me that when I booked.", ""),
            ("a", "Look, there's no reason to get heated about it. The part will come when "
                  "it comes.", "feeling_dismissal"),
            ("c", "I have water on my floor, Tony. I want to talk to your supervisor.", "escalation_request"),
            ("a", "There's nothing on my end I can do about the fee. My supervisor's "
                  "right here, I'll put her on.", "cant_language transfer"),
            ("a", "This is Denise, I'm the supervisor. Tony gave me the rundown.", ""),
            ("c", "Good. I've now explained this three times, to three different people.", "repeat_contact"),
            ("a", "I hear your frustration, ma'am, but the diagnostic fee is "
                  "non-refundable under the agreement you signed.", "feeling_dismissal policy_recital"),
            ("c", "So I'm out a hundred and fifty, and I still have a broken washer.", ""),
            ("a", "Once the seal comes in, the scheduling office calls customers in order. "
                  "If you want the fee reviewed, you can submit a dispute through our "
                  "customer portal.", "channel_redirect"),
            ("c", "And when is the seal coming?", ""),
            ("a", "We don't have a date yet. I'm sorry.", "apology"),
            ("c", "Unbelievable. My kids have been wearing the same jeans all week.", ""),
            ("a", "Is there anything else I can help you with today?", ""),
            ("c", "No. You've done plenty.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 31
    dict(
        id="b15_31",
        pick=False,
        asr=True,
        domain="garden centre delivery",
        register="Indian English customer, Midlands agent",
        notes=("Olive trees delivered broken; the pallet courier is blamed, then hold + transfer to the delivery "
               "team, who apologise, send replacements on their own van and promise a Friday call. Hard "
               "negatives: misheard place name, customer's wife, confirmation text, no photos needed."),
        utts=[
            ("a", "greenleaf garden centre online orders becky speaking", ""),
            ("c", "hello becky this is sunil mehta calling from oad bee my plants were delivered this "
                  "morning and three of the olive trees are broken and the pots are also cracked", ""),
            ("a", "oh no whats the order number", ""),
            ("c", "it is g l four one seven seven two", ""),
            ("a", "right so thats gone out with the palette carrier and to be honest theyre the "
                  "ones who are rough with the big pots", "blame_shift"),
            ("c", "i dont i dont want to know who is rough i only want proper trees i paid nearly three "
                  "hundred pound for them", ""),
            ("a", "fair enough the delivery team can sort out replacements so ill put you on "
                  "hold while i put you through to them", "hold transfer"),
            ("a", "hiya sunil its marcus from the delivery team becky says youve got three broken olives", ""),
            ("c", "yes the trunks are snapped on two and one is bent like anything", ""),
            ("a", "ah im sorry thats not how they should be turning up at all", "apology"),
            ("c", "my wife was so excited she has already cleared the space on the patio", ""),
            ("a", "right im sending three new ones out myself on our own van on thursday not the "
                  "courier and the driver will take the broken ones away", "ownership"),
            ("c", "thursday is fine what time", ""),
            ("a", "itll be between eight and one and youll get a text with a tighter slot the night before", ""),
            ("c", "okay and do i have to send you photos or anything", ""),
            ("a", "no youre alright you dont need to send anything ive got it all here", ""),
            ("c", "very good", ""),
            ("a", "and ill ring you friday to make sure theyre all standing up properly", "follow_up_promise"),
            ("c", "thank you marcus very helpful", ""),
            ("a", "no worries sunil take care", ""),
        ],
    ),
    # ------------------------------------------------------------------ 32
    dict(
        id="b15_32",
        pick=False,
        asr=False,
        domain="certified translation agency",
        register="French customer (non-native), Canadian agent (Ontario)",
        notes=("Routine: certified translation of a birth certificate; the agent takes the order on and assigns "
               "it in the call, invoice and a call to arrange delivery promised. Hard negatives: turnaround "
               "(information), customer's sorry and worry, no need to bring the original, scan emailed in the "
               "call."),
        utts=[
            ("a", "Northline Translation Services, Priya speaking, how can I help?", ""),
            ("c", "Hello. I am Etienne Marchand. I need a certified translation of my birth certificate from "
                  "French to English, for my permanent residence application.", ""),
            ("a", "Sure. Is it a standard one-page certificate?", ""),
            ("c", "Yes, one page, but there is a stamp from the town hall on the back, with some handwriting "
                  "from the clerk that is not so easy to read.", ""),
            ("a", "That's fine, we translate stamps and handwritten notes as well. Are you able to email me "
                  "a scan?", ""),
            ("c", "Yes, I can send it now. To which address?", ""),
            ("a", "Orders at northline dot ca. I'll wait on the line while it comes through.", ""),
            ("c", "Okay, it is sent.", ""),
            ("a", "Got it, thanks. The scan's nice and clear. I'll take this on and assign it to "
                  "Hélène, our French translator, right now.", "ownership"),
            ("c", "How long will it take? The deadline for my application is in two weeks, I am a bit "
                  "stressed about it.", ""),
            ("a", "Standard turnaround is five business days, which leaves you plenty of room before your "
                  "deadline.", ""),
            ("c", "Sorry, five business days, so next Friday?", ""),
            ("a", "Exactly, next Friday at the latest.", ""),
            ("c", "And do I need to come to your office with the original?", ""),
            ("a", "No, a scan is enough. Immigration accepts certified translations of copies, so your "
                  "original can stay safely at home in the drawer.", ""),
            ("c", "Very good, that is a relief, I did not want to post it anywhere. And the price?", ""),
            ("a", "It's fifty-five dollars for the page, plus tax. I'll email you the "
                  "invoice this afternoon, and once Hélène has finished, I'll call you to "
                  "arrange courier or pick-up.", "follow_up_promise"),
            ("c", "Perfect. Thank you very much, Priya.", ""),
            ("a", "You're welcome, Etienne. Good luck with your application.", ""),
        ],
    ),
]
