"""Blind set 4: the source of truth for the 30 hand-written calls b4_01 ... b4_30.

Each call is a dict; each line is A(text, *kinds) for an agent or C(text, *kinds) for a customer, with
its labels inline. HOLD, XFER and PAUSE mark silences: HOLD (15-40 s) follows a labelled hold
announcement, XFER (12-30 s) follows a labelled transfer announcement, PAUSE (15-35 s) is a silence
that is not a hold (the customer goes off to do something). build_blind4.py turns this into JSON.

ASR-style calls (asr=True) are lowercase with no punctuation at all, as a phone-audio transcriber
might write them, with a few misheard words.
"""

from __future__ import annotations


def A(text: str, *kinds: str) -> tuple[str, str, tuple[str, ...]]:
    return ("agent", text, kinds)


def C(text: str, *kinds: str) -> tuple[str, str, tuple[str, ...]]:
    return ("customer", text, kinds)


HOLD = ("gap", "hold", ())
XFER = ("gap", "transfer", ())
PAUSE = ("gap", "pause", ())

# Ten calls to be rendered to audio: 80-100 s of speech each, whole timeline at most 140 s.
AUDIO_CALLS = ["b4_01", "b4_02", "b4_03", "b4_04", "b4_05", "b4_06", "b4_07", "b4_08", "b4_09", "b4_10"]

CALLS = [
    # ------------------------------------------------------------------ audio calls
    dict(
        call_id="b4_01",
        domain="veterinary practice",
        register="British, chatty; elderly customer",
        asr=False,
        worst=False,
        notes="Vet receptionist finds a double card charge for a cat's dental, owns the refund and promises calls.",
        lines=[
            A("Good morning, Willowbank Vets, you're through to Priya. How can I help?"),
            C(
                "Oh hello, love, it's Margaret Dunn. Our cat Biscuit had her teeth done on Tuesday, and I think you've taken the money twice."
            ),
            A(
                "Oh no, I'm sorry about that, Margaret. Let me bring up Biscuit's account and have a proper look.",
                "apology",
            ),
            C("It's two hundred and twelve pounds each time, so it's not a small amount for me."),
            A(
                "No, it isn't. I'm going to put you on hold for a minute while I check the card machine records.",
                "hold",
            ),
            HOLD,
            A(
                "Thanks for waiting, Margaret. You're right, the machine ran it twice, and that's our mistake, nothing you did."
            ),
            C("I did wonder. The girl on reception pressed it again when it beeped."),
            A(
                "That'll be it. I've cancelled the second payment already, and I'll look after this myself until it's back with you.",
                "ownership",
            ),
            C("How long will that take, do you know?"),
            A(
                "Usually three to five working days with the bank. I'll ring you on Friday to make sure it's landed.",
                "follow_up_promise",
            ),
            C("You're very kind. I was worried I'd have to go into the bank about it."),
            A("No, you won't need to go anywhere or fill anything in, it's all done at this end."),
            C("Lovely. Sorry for going on, dear."),
            A(
                "You've not gone on at all. Sorry again about the double charge, and give Biscuit a fuss from us.",
                "apology",
            ),
        ],
    ),
    dict(
        call_id="b4_02",
        domain="student loans",
        register="American; young, angry customer; scripted, defensive agent",
        asr=True,
        worst=True,
        notes="Loan servicer blames the borrower for a lost recertification, quotes the note, refuses a supervisor twice.",
        lines=[
            A("thank you for calling keystone student loan servicing this is brandon can i get your account number"),
            C(
                "yeah its 5 5 0 1 8 2 and im calling again cuz my payment jumped to four hundred dollars",
                "repeat_contact",
            ),
            A("ok i see your income driven plan lapsed so you got moved back to the standard schedule"),
            C("it lapsed cuz i sent the recertification in march and you guys never processed it"),
            A("so per the terms of your master promise sorry note the recertification", "policy_recital"),
            A("has to be received and approved before your anniversary date or the plan reverts"),
            C("i did send it i have the confirmation email right here"),
            A("sounds like it mighta not gone through right on your end", "blame_shift"),
            C("so its my fault now"),
            A("im not saying that i just dont have the ability to backdate a plan from this queue", "cant_language"),
            C("then let me talk to a supervisor please", "escalation_request"),
            A(
                "i understand youre frustrated but a supervisor is gonna tell you the same thing you need to resubmit on the student aid website",
                "feeling_dismissal",
                "channel_redirect",
            ),
            C("ive resubmitted twice this is the third time ive called about this", "repeat_contact"),
            A("theres no need to get heated its a simple form", "feeling_dismissal"),
            C("its not simple when rent is due im asking again for your manager", "escalation_request"),
            A(
                "nobody is available right now you can request a call back through the online portal under help",
                "channel_redirect",
            ),
            C("unbelievable"),
            A("is there anything else i can help you with today"),
        ],
    ),
    dict(
        call_id="b4_03",
        domain="solar panel installer",
        register="Australian; calm then fed-up customer; defensive agent",
        asr=False,
        worst=True,
        notes="Installer blames the distributor for missing feed-in credits, quotes the contract, points to the ombudsman.",
        lines=[
            A("Sunbright Solar, Kyle speaking."),
            C(
                "G'day Kyle, Dave Harlow from Geelong. Your blokes put panels on my roof in February and I'm still not getting a cent back on my bill."
            ),
            A(
                "Right, that'll be the meter changeover, which is the distributor's job, so they're the hold-up there.",
                "blame_shift",
            ),
            C("I've rung them twice and they reckon you never lodged the paperwork.", "repeat_contact"),
            A("Let me put you on hold a sec and check what's on file.", "hold"),
            HOLD,
            A(
                "Okay, our compliance certificate went in on the twelfth of March, so whatever's gone wrong since is on their side.",
                "blame_shift",
            ),
            C("Can you ring them and sort it out, then?"),
            A(
                "Nah, I can't chase the distributor for customers, mate, that's not something we're set up to do.",
                "cant_language",
            ),
            C("That's ridiculous. You sold me the whole package."),
            A(
                "Under clause eleven of your installation contract, our obligations finish once the certificate's lodged.",
                "policy_recital",
            ),
            C("So I just eat three months of credits?"),
            A(
                "I get it's annoying, but there's nothing more we can do. Your best bet is a complaint to the energy ombudsman on their website.",
                "feeling_dismissal",
                "cant_language",
                "channel_redirect",
            ),
            C("Is there someone above you I can talk to?", "escalation_request"),
            A(
                "My manager will only tell you the same. No need to get worked up, it usually sorts itself out.",
                "feeling_dismissal",
            ),
            C("Unbelievable. Forget it."),
        ],
    ),
    dict(
        call_id="b4_04",
        domain="airline lost baggage",
        register="Irish customer; excellent agents",
        asr=True,
        worst=False,
        notes="Second call about a missing bag with medication; agent takes it on, warm transfer, tracer arranges delivery.",
        lines=[
            A("good afternoon skylark airways baggage services youre speaking with tom"),
            C(
                "hiya its siobhan kelly my bag never came off the belt in boston on sunday and i rang yesterday and got nowhere",
                "repeat_contact",
            ),
            A("oh siobhan im really sorry youve had to ring twice have you got the file reference", "apology"),
            C("its b o s s k 4 4 1 9 2"),
            A("thanks so the tag scanned in dublin but not in boston after that"),
            C("its got my insolent pen in it thats the worry"),
            A("right that changes things ill take this one on myself so it doesnt sit in a queue", "ownership"),
            A(
                "im putting you through to maria on the tracing desk now and ill stay on to explain so you dont have to go through it again",
                "transfer",
            ),
            XFER,
            A("hi siobhan maria here tom filled me in the bag is at logan it got pulled for a security check"),
            C("oh thank god"),
            A(
                "its going on the carrier this evening and should be with you tomorrow morning ill text you the drivers number tonight",
                "follow_up_promise",
            ),
            C("and the insulin i had to buy more at a pharmacy"),
            A("keep the receipt and send a photo straight to me on that text and ill get it refunded"),
            C("brilliant thanks maria"),
            A("sorry again for the fright enjoy the rest of the trip", "apology"),
        ],
    ),
    dict(
        call_id="b4_05",
        domain="bike-share app",
        register="American; young customer; agent starts flip, then fixes",
        asr=True,
        worst=False,
        notes="Agent first blames the rider for a docking fee, then finds a faulty dock, refunds and lifts an account hold.",
        lines=[
            A("hey thanks for calling spokes city bike this is jess whats going on"),
            C("hi so you charged me eighty five bucks for a bike i docked and now my account is on hold"),
            A(
                "ok so the app shows the ride never ended so that fees kinda on you if the dock light wasnt green",
                "blame_shift",
            ),
            C("it was green i literally have a screenshot"),
            A("i mean the rider terms say its your responsibility to confirm the lock", "policy_recital"),
            C("dude i already emailed you guys on tuesday with the screenshot", "repeat_contact"),
            A("oh wait hold on i see the email let me look at the dock log"),
            A(
                "ok yeah im sorry station fourteen had a sensor fault that afternoon thats our issue not yours",
                "apology",
            ),
            C("so can you take the charge off"),
            A("yep ive refunded the eighty five and taken the hold off your account so its good to go"),
            C("ok cool and i was late to work cuz of this whole thing my boss was not happy"),
            A("ill sort out a free month for you myself right now", "ownership"),
            C("nice thats actually really cool of you thanks"),
            A(
                "and ill email you tomorrow once the station repair is logged so you know its safe to use",
                "follow_up_promise",
            ),
            C("sounds good thanks jess you were actually really helpful"),
            A("sorry again for the hassle have a good one", "apology"),
        ],
    ),
    dict(
        call_id="b4_06",
        domain="property letting agent",
        register="British; tenant with a baby; weary agent",
        asr=False,
        worst=True,
        notes="Letting agent leaves a tenant nine days without heating, blaming the landlord and reciting the agreement.",
        lines=[
            A("Good afternoon, Harcourt Lettings, Dean speaking."),
            C(
                "Hi, it's Tasha Okoro at 14 Fenwick Road. The boiler's been dead for nine days now and I've called you four times already.",
                "repeat_contact",
            ),
            A("Okay. Hold the line a moment while I bring up the property.", "hold"),
            HOLD,
            A(
                "Right, so the landlord hasn't approved the engineer's quote yet, so it's sitting with him.",
                "blame_shift",
            ),
            C("I've got a one-year-old. We've had no hot water for over a week."),
            A(
                "I appreciate that, but there's nothing I can do until he signs it off.",
                "feeling_dismissal",
                "cant_language",
            ),
            C("Can't you just send someone? It's an emergency."),
            A(
                "Our management agreement says any repair over three hundred pounds needs the owner's written approval, so my hands are tied.",
                "policy_recital",
                "cant_language",
            ),
            C("Then let me speak to your manager, please.", "escalation_request"),
            A(
                "She's on viewings all afternoon. You could report it to the council's housing team if you want to go down that route.",
                "channel_redirect",
            ),
            C("So you're telling me to report my own letting agent?"),
            A(
                "I'm saying it's an option. No point getting upset with me, I don't own the house.",
                "feeling_dismissal",
                "blame_shift",
            ),
            C("Can you at least get us a heater?"),
            A("We don't supply heaters, that's not something the branch can do, sorry.", "cant_language", "apology"),
            C("I want someone senior to ring me today.", "escalation_request"),
            A("I'll leave her a note, but I can't tell you when she'll get round to it.", "cant_language"),
        ],
    ),
    dict(
        call_id="b4_07",
        domain="hearing-aid supplier",
        register="Scottish; elderly customer; kind agents",
        asr=False,
        worst=False,
        notes="Whistling hearing aids; receptionist warm-transfers to an audiologist who fixes them remotely and books a check.",
        lines=[
            A("Good morning, ClearTone Hearing, you're through to Fiona. What can I do for you?"),
            C(
                "Aye, hello. It's Robert Mackie. My new hearing aids keep whistling every time I put the phone to my ear."
            ),
            A("Oh, that's no good at all, I'm sorry, Robert. When were they fitted?", "apology"),
            C("Three weeks past Monday, at the Perth clinic."),
            A("Right. The whistle is usually the fit, and our audiologist can adjust that remotely today."),
            C("Remotely? I'm no good with the app, mind."),
            A(
                "You won't need to touch the app. I'll put you through to Callum, the audiologist on today, and I'll tell him what's happening first.",
                "transfer",
            ),
            XFER,
            A("Hello Robert, Callum here. Fiona's told me about the whistling. Have you got the aids in just now?"),
            C("I have, aye."),
            A("Grand. I'm sending a small change to them now, you'll hear a wee beep in a second."),
            C("There it is. Oh, that's much quieter already."),
            A(
                "Good. I'll phone you on Thursday afternoon to check it's still behaving, and if not I'll book you into Perth myself.",
                "follow_up_promise",
                "ownership",
            ),
            C("You're very good. I thought I'd have to go back in on the bus."),
            A("Not at all. Any bother before Thursday, ring this number and ask for me by name."),
            C("Thank you, son. That's a weight off, I can hear the telly again."),
        ],
    ),
    dict(
        call_id="b4_08",
        domain="charity donations line",
        register="Indian English; bereaved customer; gentle agent",
        asr=True,
        worst=False,
        notes="Bereaved son cancels his late father's donation; agent refunds, needs no certificate, confirms by letter.",
        lines=[
            A("hello thank you for calling hope harbour supporter care this is anil speaking"),
            C("hello yes i am calling regarding my late fathers direct that bit he passed away last month"),
            A("oh im so sorry for your loss please take your time", "apology"),
            C("thank you the debit is still going out every month and i want to stop it"),
            A(
                "of course i can do that for you ill just place you on hold for a moment while i find his record",
                "hold",
            ),
            HOLD,
            A("thank you for waiting i found him and ive cancelled the direct debit from today"),
            C("and the payment that went on the fifth after he died"),
            A("ill refund that one also it will go back to the same account within five days"),
            C("my brother said we would have to send the death certificate by post"),
            A("no theres no need to post anything ive noted it on the record and that is enough"),
            C("that is a relief honestly"),
            A("i will take care of the whole thing myself so your family does not have to ring anyone", "ownership"),
            A(
                "and ill send you a letter next week confirming it all so you have it for the estate",
                "follow_up_promise",
            ),
            C("thank you anil you have been very kind"),
            A("its no trouble at all and again very sorry about your father", "apology"),
        ],
    ),
    dict(
        call_id="b4_09",
        domain="cinema chain",
        register="British; young customer; two offhand agents",
        asr=True,
        worst=True,
        notes="Tickets paid for but never issued; bounced to payments, blamed on the bank, sent to a web form.",
        lines=[
            A("hi youre through to star light cinemas customer line its megan"),
            C("hiya i booked two tickets for saturday on the app it took the money but i never got the tickets"),
            A("ok thats usually the payment provider not us they take the money before we confirm", "blame_shift"),
            C("so where are my tickets then i was taking my little sister for her birthday"),
            A("i cant see failed bookings on my screen so i cant tell you", "cant_language"),
            C("i already messaged you on instagram and they told me to ring", "repeat_contact"),
            A("ok im gonna transfer you over to the payments line now", "transfer"),
            XFER,
            A("payments craig speaking"),
            C("hi i was just with megan my money got taken for two tickets but no booking", "repeat_contact"),
            A("right if the booking failed it drops back in three to five days thats your bank not us", "blame_shift"),
            C("but its sold out now so i cant even rebook for saturday and she was really looking forward to it"),
            A("no need to panic its only a film theres other showings", "feeling_dismissal"),
            C("can i talk to a manager then", "escalation_request"),
            A(
                "managers are at the sites not on this line youd have to fill in the contact form on the website",
                "channel_redirect",
            ),
            C("seriously so i just lose the seats and wait a week for my own money back"),
            A("sorry thats just how it works on our end", "apology"),
        ],
    ),
    dict(
        call_id="b4_10",
        domain="council parking fines",
        register="British, formal; customer in her eighties",
        asr=False,
        worst=False,
        notes="Officer recites the order at a blue-badge holder, apologises, checks the photos, cancels the fine.",
        lines=[
            A("Parking Services, Westbury Council, Gemma speaking."),
            C(
                "Good morning. I've had a penalty charge notice for parking in a disabled bay, but my blue badge was on the dashboard."
            ),
            A(
                "Under the Traffic Management Order the badge must be clearly displayed with the clock set, otherwise the contravention stands.",
                "policy_recital",
            ),
            C("It was displayed, and the clock was set. I'm eighty-one, I'm not in the habit of lying."),
            A(
                "I'm sorry, I didn't mean to suggest that. I'll put you on hold and look at the officer's photographs.",
                "apology",
                "hold",
            ),
            HOLD,
            A(
                "Thank you for holding. You're quite right, the badge is plain in the third photo. That's our mistake, not yours."
            ),
            C("So what happens now?"),
            A("I've cancelled the notice from here, so you won't need to appeal or write in to anyone."),
            C("Oh, that is a relief. I've been losing sleep over it, silly as that sounds at my age."),
            C("Will I get something in writing?"),
            A(
                "Yes, I'll post a cancellation letter to you today, and I'll ring you if anything else arrives about it.",
                "follow_up_promise",
            ),
            C(
                "Thank you. I was dreading the tribunal. My neighbour had to go to one last year and she came home in tears."
            ),
            A("I'll keep an eye on your vehicle record myself for the next month.", "ownership"),
            A(
                "And I'm sorry it caused you so much worry. Do ring me directly if anything else comes through.",
                "apology",
            ),
        ],
    ),
    # ------------------------------------------------------------------ text-only calls
    dict(
        call_id="b4_11",
        domain="satellite TV",
        register="Yorkshire, chatty customer; three agents",
        asr=True,
        worst=True,
        notes="Dish dead after a storm; two transfers, weather exclusion, installer blamed, paid visit, no manager.",
        lines=[
            A("youre through to sky view tv this is leanne"),
            C("hiya love its gary from barnsley me dish has been off since the storm on thursday no signal at all"),
            A("aw no sorry to hear that have you tried turning the box off at the wall", "apology"),
            C("ive done all that three times your robot on the phone made me do it twice yesterday", "repeat_contact"),
            A("ok if its the dish itself technical book the engineers so ill put you through to them now", "transfer"),
            XFER,
            A("technical support darren speaking"),
            C("hiya ive just told leanne all this the dish has had no signal since the storm", "repeat_contact"),
            A("right so storm damage isnt covered on your package under the equipment terms", "policy_recital"),
            C("its your dish on your bracket you lot put it up"),
            A("the install was done by a sub contractor so any workmanship problem is with them", "blame_shift"),
            C("so who do i ring then"),
            A("youll have to go online and book a paid engineer visit thats sixty pound", "channel_redirect"),
            C("sixty quid to fix your own kit im not paying that"),
            A("i understand but i cant waive call out fees from technical", "feeling_dismissal", "cant_language"),
            C("get me someone higher up then i want a manager", "escalation_request"),
            A("ill transfer you to customer relations they deal with complaints", "transfer"),
            XFER,
            A("customer relations this is paul how can i help"),
            C("this is the third person today ive told this to", "repeat_contact"),
            A(
                "the call out fee is set out in section seven of the service agreement im afraid so it does apply",
                "policy_recital",
            ),
            C("youre all the same i want your manager", "escalation_request"),
            A(
                "theres no manager on this line today youd have to put it in writing to the complaints address",
                "channel_redirect",
            ),
            C("forget it ill cancel the lot"),
            A("if you wanna cancel thats the detentions team on a different number", "channel_redirect"),
        ],
    ),
    dict(
        call_id="b4_12",
        domain="phone repair shop",
        register="Australian; friendly agent",
        asr=False,
        worst=False,
        notes="Face ID broken after a screen swap; shop admits fault, owns the fix, free repair and warranty cover.",
        lines=[
            A("G'day, Fixit Phones Chermside, it's Mel."),
            C("Hi Mel, I had a screen done with you last week and now Face ID won't work at all."),
            A(
                "Oh no, I'm sorry. That can happen if a sensor cable gets nicked during the swap, so it's very likely on us.",
                "apology",
            ),
            C("My mate reckons you lot always blame the customer for that sort of thing."),
            A("Not today. I'll pop you on hold for a sec while I check who did the repair.", "hold"),
            HOLD,
            A(
                "Thanks for hanging on. It was one of our newer techs, and I'll look after this one myself from here.",
                "ownership",
            ),
            C("Do I need to send it away somewhere?"),
            A(
                "No, you don't need to post it or go to Apple. Bring it back to us whenever suits and I'll fix it while you wait, no charge."
            ),
            C("I work until five, though."),
            A("I'm here till seven on Thursday. I'll text you Wednesday to lock in a time.", "follow_up_promise"),
            C("Great. And what if it can't be fixed?"),
            A(
                "Then we replace the handset at our cost. Our warranty policy is to cover anything our techs damage, and I've already noted that on your job."
            ),
            C("Fair enough. Sorry if I was a bit short at the start."),
            A("You weren't at all. It might take an hour on Thursday, but you won't pay a cent."),
            C("Cheers, Mel."),
        ],
    ),
    dict(
        call_id="b4_13",
        domain="pension provider",
        register="British, formal; older customer; procedural agent",
        asr=False,
        worst=True,
        notes="Lump-sum form returned unseen; agent blames the post, recites scheme rules and sends him to print and post.",
        lines=[
            A("Good afternoon, Meridian Pensions, this is Graham. Could I take your policy number?"),
            C(
                "Yes, it's M P 7 7 3 0 4 1. I'm trying to take my tax-free lump sum. I sent the form six weeks ago and I've heard nothing."
            ),
            A("Bear with me, I'll put you on hold while I open the file.", "hold"),
            HOLD,
            A(
                "Thank you for waiting. The form was received, but it was returned because the signature didn't match our records."
            ),
            C("Returned to where? I've not received anything."),
            A(
                "It would have gone to the address we hold. If it hasn't arrived, that's a matter for Royal Mail, I'm afraid.",
                "blame_shift",
            ),
            C("I rang on the twentieth and a lady told me it was being processed.", "repeat_contact"),
            A("I can only go by what's on the file in front of me.", "cant_language"),
            C("Can't you take the signature over the phone? I've paid into this pension for thirty-one years."),
            A(
                "Under the scheme rules, any payment of benefits requires a wet signature on the original form, and we're not permitted to accept verbal consent.",
                "policy_recital",
            ),
            C("I've got a roofer booked against that money. This is causing me real difficulty."),
            A(
                "I do understand, Mr Patel, but it's for your own security, so I'd ask you to be patient.",
                "feeling_dismissal",
            ),
            C("Is there someone more senior I could speak to?", "escalation_request"),
            A(
                "The team leaders would give you the same answer. What you'll need to do is download a fresh form from our website and post it to the Darlington address.",
                "channel_redirect",
            ),
            C("I don't have a printer."),
            A(
                "Then a library can print it for you, or you can write in and request a paper copy, which takes about ten working days.",
                "channel_redirect",
            ),
            C("Ten days, and then another six weeks?"),
            A(
                "Processing times are set out in your annual statement: up to thirty working days from receipt of a valid form.",
                "policy_recital",
            ),
            C("This is shocking service."),
            A("I'm sorry you feel that way.", "apology"),
        ],
    ),
    dict(
        call_id="b4_14",
        domain="removals firm",
        register="British customer; Irish agent; depot manager takes over",
        asr=False,
        worst=False,
        notes="Late crew and a split wardrobe; first agent blames traffic and redirects, depot manager takes it over.",
        lines=[
            A("Hello, Swift and Sons Removals, Ciara speaking."),
            C(
                "Hi, you moved us on Saturday. The crew turned up four hours late and our oak wardrobe has a split right down the side."
            ),
            A(
                "Ah, the lads got stuck behind a crash on the M6, so the delay was the traffic really, nobody could help that.",
                "blame_shift",
            ),
            C("And the wardrobe?"),
            A("For damage you'd go through our insurer, there's a claim form on their site.", "channel_redirect"),
            C(
                "I already filled it in on Sunday, and the insurer says they need a report from you first.",
                "repeat_contact",
            ),
            A(
                "Right, well, I can't do damage reports from the office, that has to come from the crew leader.",
                "cant_language",
            ),
            C("This is going round in circles. Can I speak to a manager, please?", "escalation_request"),
            A("Of course. I'll put you through to Moira, she runs the depot. One moment.", "transfer"),
            XFER,
            A(
                "Hi, Moira here, Ciara's filled me in. First of all, I'm sorry about the late start and the wardrobe.",
                "apology",
            ),
            C("Thank you. It was my grandmother's."),
            A(
                "Then I'm not having you chase an insurer. I'll write the damage report myself this afternoon and deal with them directly.",
                "ownership",
            ),
            C("So I don't need to do anything else?"),
            A(
                "Nothing at all. I'm also refunding the four hours of waiting, because that delay was our planning, not the traffic."
            ),
            C("That's very fair."),
            A(
                "And I'll call you on Wednesday once the insurer has the report, with a date for a restorer to come out.",
                "follow_up_promise",
            ),
            C("Brilliant. Thanks, Moira."),
            A("Thank you for bearing with us, and sorry again.", "apology"),
        ],
    ),
    dict(
        call_id="b4_15",
        domain="online grocery",
        register="American; relaxed customer; upbeat agent",
        asr=True,
        worst=False,
        notes="Frozen items arrived melted; agent admits a packing fault, refunds and books a same-day replacement.",
        lines=[
            A("hi thanks for calling fresh cart this is destiny how can i help you"),
            C("hey so my order came this morning and half the frozen stuff was melted like totally soft"),
            A("oh no im so sorry thats the last thing you want", "apology"),
            C("yeah and i have people coming over tonight thats kinda why i ordered it"),
            A("got it let me put you on a quick hold while i pull up the order and the driver notes", "hold"),
            HOLD,
            A("thanks for waiting so it looks like the freezer bag wasnt"),
            A("sealed at the store thats on our packing not on you"),
            C("ok so what can you do"),
            A(
                "ive refunded all seven frozen items already and i can get a replacement out between four and six today if that works"
            ),
            C("wait really today"),
            A("yep i booked it myself just now and put a note for the shop or to double bag it", "ownership"),
            C("ok wow i was ready to fight about this honestly"),
            A("ha well you dont need to call anyone else or send us photos either"),
            C("do i need to be home"),
            A(
                "someone just needs to grab it at the door and ill text you when the driver leaves the store",
                "follow_up_promise",
            ),
            C("perfect thank you destiny"),
            A("of course and sorry again about the melted stuff have a fun night", "apology"),
        ],
    ),
    dict(
        call_id="b4_16",
        domain="ferry operator",
        register="Scottish agent; stranded parent",
        asr=False,
        worst=True,
        notes="Cancelled sailing strands a family; agent blames the harbour and the phones, recites conditions, no manager.",
        lines=[
            A("CalMara Ferries bookings, Iain speaking."),
            C(
                "Hello, I was booked on the five o'clock to Stornoway, it's been cancelled, and I'm stuck in Ullapool with two kids and a car."
            ),
            A("Aye, the harbour master closed the berth, so it's out of our hands.", "blame_shift", "cant_language"),
            C("When's the next sailing?"),
            A(
                "Half nine tomorrow, but it's full. You'll need to go on the website and join the standby list.",
                "channel_redirect",
            ),
            C("I've already phoned twice this afternoon and got cut off both times.", "repeat_contact"),
            A("The lines are very busy with the disruption, that's the phone system, not me.", "blame_shift"),
            C("Can you put me on the standby list yourself?"),
            A("I can't add standby from bookings, I've no access to it.", "cant_language"),
            C("And where am I meant to sleep tonight?"),
            A(
                "Under our conditions of carriage, we're not liable for accommodation when a cancellation is due to weather.",
                "policy_recital",
            ),
            C("It wasn't the weather, the berth was closed, you just said so."),
            A(
                "Berth closures are counted as circumstances outside our control, that's in section four.",
                "policy_recital",
            ),
            C("I've got a four-year-old here. I want to speak to somebody in charge.", "escalation_request"),
            A(
                "There's no need to raise your voice. The duty manager will say exactly what I've said.",
                "feeling_dismissal",
            ),
            C("Put me through to them anyway.", "escalation_request"),
            A(
                "They're not taking calls today. You can email customer relations and they aim to reply within twenty-eight days.",
                "channel_redirect",
            ),
            C("Twenty-eight days. Brilliant."),
            A(
                "I know it's not what you want to hear, but there's honestly nothing else I can do.",
                "feeling_dismissal",
                "cant_language",
            ),
        ],
    ),
    dict(
        call_id="b4_17",
        domain="home broadband",
        register="Welsh customer; Indian English agents; three agents",
        asr=False,
        worst=False,
        notes="Evening dropouts; line test, two transfers, engineer booked, free backup router, follow-up call.",
        lines=[
            A("Good evening, thank you for calling Northline Broadband, my name is Rahul, how may I assist you today?"),
            C(
                "Hiya, my internet's been dropping out every evening for about a week, and it keeps cutting out on my work calls."
            ),
            A("I am very sorry to hear that. May I have the account holder's name and postcode, please?", "apology"),
            C("Rhian Hughes, C F ten, three A T."),
            A(
                "Thank you, Rhian. I can see three dropouts last night alone. I'm running a line test now, it takes about a minute."
            ),
            C("Okay."),
            A(
                "The test shows a fault outside the property, so I'll transfer you to our network team with all the details, so you needn't repeat anything.",
                "transfer",
            ),
            XFER,
            A("Hello Rhian, this is Sunil from network operations. I have Rahul's notes here."),
            C("Great, thanks."),
            A(
                "The fault is at the street cabinet. Openreach maintain the cabinets, and I've already raised a job with them for Thursday morning."
            ),
            C("Thursday? I've got a job interview on video on Wednesday."),
            A(
                "Understood. Thursday is the earliest slot, but what I can do is get you a 4G backup router for the week."
            ),
            A("I'll pass you to Anjali in accounts now, she can set the router up at no charge.", "transfer"),
            XFER,
            A(
                "Hi Rhian, Anjali here. I've added the backup router to your account free of charge, it'll arrive tomorrow by one."
            ),
            C("Oh brilliant. Sorry, I was a bit snappy with the first chap."),
            A(
                "Not at all, you've had a rotten week. I'm taking a week's charge off your bill for the disruption as well."
            ),
            C("Do I need to send the router back afterwards?"),
            A(
                "Yes, there's a prepaid bag in the box. I'll ring you on Thursday afternoon after the engineer's been to make sure the line is stable.",
                "follow_up_promise",
            ),
            C("Perfect, thank you."),
            A("You're welcome, Rhian. Good luck with the interview."),
        ],
    ),
    dict(
        call_id="b4_18",
        domain="car hire excess insurance",
        register="Irish customer; defensive agent",
        asr=True,
        worst=True,
        notes="Excess claim closed for a missing document; agent blames the upload, quotes the wording, redirects twice.",
        lines=[
            A("hello youre through to cover wise access claims this is natalie"),
            C(
                "hi its declan byrne im ringing about my claim for the scratch on the hire car in portugal its been rejected and i dont know why"
            ),
            A("ok let me just see so it was declined cuz the rental agreement wasnt attached to the claim"),
            C("i did attach it i uploaded it twice"),
            A("it mightve not uploaded properly on your side we only got the damage photo", "blame_shift"),
            C("i emailed it as well after that and rang last week and was told it was fine", "repeat_contact"),
            A("i can only see whats on the portal i dont have access to the claims inbox", "cant_language"),
            C("well can you just reopen it"),
            A(
                "so once a claim is closed section nine of the policy wording says it has to go in as a new claim",
                "policy_recital",
            ),
            A("within thirty days of the incident and the thirty days has passed so"),
            C("it passed because you were sitting on it"),
            A("theres no need to take that tone with me im only telling you what the policy says", "feeling_dismissal"),
            C("id like to talk to your manager then", "escalation_request"),
            A(
                "managers dont take calls youd have to raise a formal complaint through the web form",
                "channel_redirect",
            ),
            C("so thats it im out two hundred and eighty euro"),
            A(
                "well the hire company charged you that not us so you could try and get it back off them",
                "blame_shift",
                "channel_redirect",
            ),
            C("thats what i bought your insurance for"),
            A("i hear you but my hands are tied on this one", "feeling_dismissal", "cant_language"),
            C("unreal"),
            A("is there anything else i can help with today"),
        ],
    ),
    dict(
        call_id="b4_19",
        domain="dental practice",
        register="British; annoyed patient; excellent receptionist",
        asr=False,
        worst=False,
        notes="Appointment cancelled without notice; receptionist owns it, books a same-day slot, promises an employer letter.",
        lines=[
            A("Good morning, Marston Dental Care, Hannah speaking."),
            C(
                "Hi, I turned up this morning for my filling and they told me it had been cancelled. I didn't get any message."
            ),
            A("I'm so sorry, that shouldn't have happened. Can I take your name?", "apology"),
            C("Leon Marsh. And the tooth's really throbbing now."),
            A("Let me find out why it was cancelled. I'm putting you on hold for a moment.", "hold"),
            HOLD,
            A(
                "Thanks, Leon. Dr Ahmed's list was cut short and the text to you never went out. That's on us, we should have phoned you."
            ),
            C("I took the morning off work for it."),
            A(
                "I know, and I'm not going to tell you it's fine, because it isn't. I'll get you a slot today myself.",
                "ownership",
            ),
            C("Today? I thought you'd say two weeks."),
            A(
                "We keep emergency slots for pain, and our policy is that anyone we've let down goes to the front, so I've put you in at two fifteen."
            ),
            C("That's brilliant. Do I need to phone the NHS line or anything?"),
            A("No, you don't need to call anyone else, you're booked in with us."),
            C("And what about my time off work?"),
            A(
                "I'll write you a letter for your employer explaining we cancelled, and I'll email it over by lunchtime.",
                "follow_up_promise",
            ),
            C("That'd help, thanks. Sorry I was a bit sharp when I rang."),
            A("You had every reason to be. See you at quarter past two."),
        ],
    ),
    dict(
        call_id="b4_20",
        domain="concert ticketing resale",
        register="American; scripted, over-cheerful agent",
        asr=False,
        worst=True,
        notes="Cancelled concert, no refund; scripted agent blames the seller, recites resale terms, pushes forms.",
        lines=[
            A(
                "Thank you for calling TixNation Fan Support, my name is Kayla and I'll be assisting you today! Can I get your order number?"
            ),
            C(
                "Sure, it's 8 8 2 1 4 0. The Brightwater show in Austin was canceled three weeks ago and I still don't have my refund. I've emailed you four times.",
                "repeat_contact",
            ),
            A("I'm so sorry to hear that! Let me take a look for you.", "apology"),
            A(
                "Okay, so I see these were resale tickets, which means the original seller has to release the funds before anything moves.",
                "blame_shift",
            ),
            C("I bought them from you. I don't know who the original seller is."),
            A(
                "I completely understand your frustration! Per our Resale Marketplace Terms, refunds on resale listings for canceled events are handled by the event organizer.",
                "feeling_dismissal",
                "policy_recital",
            ),
            C("So who do I talk to?"),
            A(
                "You'll want to visit the organizer's website and submit a refund request through their portal.",
                "channel_redirect",
            ),
            C("I did that. They told me to contact you.", "repeat_contact"),
            A("Unfortunately, I'm not able to issue refunds on resale orders from this team.", "cant_language"),
            C("Six hundred dollars. That's what I'm out."),
            A(
                "I hear you! What I can do is send you a link to our Fan Guarantee claim form, and you can upload your documents there.",
                "feeling_dismissal",
                "channel_redirect",
            ),
            C("I want to speak with a supervisor.", "escalation_request"),
            A(
                "Our supervisors work from the same guidelines, so they'd tell you the same thing. Is there anything else I can help you with?"
            ),
            C("Yes. Give me my money back."),
            A(
                "I'd really encourage you to complete the Fan Guarantee form, that team reviews them within ten to fourteen business days. Thanks for being a TixNation fan!",
                "channel_redirect",
            ),
        ],
    ),
    dict(
        call_id="b4_21",
        domain="home insurance claim",
        register="Australian; worried customer; first agent poor, team leader good",
        asr=False,
        worst=False,
        notes="Hail leak; first agent quotes exclusions and blames the builder, team leader books a roofer and owns the claim.",
        lines=[
            A("Thanks for calling Southern Cross Home Insurance, you're speaking with Jade."),
            C(
                "Hi Jade, it's Anh Nguyen. We had hail on Saturday night and water's coming through the ceiling in the kids' room."
            ),
            A(
                "Okay, so first thing, the Product Disclosure Statement excludes damage caused by wear and tear or poor maintenance of the roof.",
                "policy_recital",
            ),
            C("It's a two-year-old roof! It's hail damage."),
            A(
                "Right, then it may be a builder's defect, which you'd need to take up with your builder.",
                "blame_shift",
                "channel_redirect",
            ),
            C("I already lodged it online on Sunday and nobody's called me back.", "repeat_contact"),
            A("Online claims go to a separate queue, so I can't see those from here.", "cant_language"),
            C("Look, I need someone to actually look at this. Can I speak to someone senior?", "escalation_request"),
            A("Sure, I'll transfer you to the storm claims team leader now.", "transfer"),
            XFER,
            A(
                "Hi Anh, Marcus here, team leader for storm claims. I've got Jade's notes and your online claim up, and I'm sorry you were told that.",
                "apology",
            ),
            C("Thank you. I just want it fixed before it rains again."),
            A(
                "Hail damage is covered, full stop. Give me a moment, I'm popping you on hold while I book an emergency roofer.",
                "hold",
            ),
            HOLD,
            A("Thanks for waiting. A roofer's coming today between two and four to tarp it."),
            C("Today? Oh, thank you."),
            A("I'll manage the whole claim from here myself, so you won't be passed around again.", "ownership"),
            C("What about the ceiling, and the carpet?"),
            A(
                "The assessor will cover those. I'll call you tomorrow morning with their visit time.",
                "follow_up_promise",
            ),
            C("Great. And sorry for snapping at Jade."),
            A("No need to apologise to me, you had every right. Stay dry."),
        ],
    ),
    dict(
        call_id="b4_22",
        domain="university accommodation",
        register="Indian English student; helpful agent",
        asr=True,
        worst=False,
        notes="Incoming student has no room allocated; agent admits the error, allocates a room, tells the porter himself.",
        lines=[
            A("hello student residences team this is owen speaking"),
            C(
                "hello good morning i am arjun mehta i am arriving from chennai on monday and my portal is showing no room allocated"
            ),
            A("morning arjun lets have a look for you whats your student number"),
            C("it is 2 4 0 8 8 1 7 and i have paid the deposit already in july"),
            A("ok yeah i can see the deposit came in so thats not the issue it looks like"),
            A("your contract was never issued after the payment went through so thats a mistake at our end"),
            C("i wrote an email two weeks back also but no reply came", "repeat_contact"),
            A("im sorry about that you shouldnt have had to wait two weeks for an answer", "apology"),
            C("so will i have a room or not i am very worried"),
            A("you will have a room ill sort it now myself before we hang up", "ownership"),
            C("ok thank you"),
            A(
                "ive put you in block c at kings hall single on sweet same price and ill email you the contract in the next ten minutes",
                "follow_up_promise",
            ),
            C("and my flight lands late at night around eleven"),
            A(
                "thats fine i wont make you ring security ill tell the night potter myself to have your keys ready",
                "ownership",
            ),
            C("thank you so much owen"),
            A("no problem at all safe flight and ill check on monday that you got in ok", "follow_up_promise"),
        ],
    ),
    dict(
        call_id="b4_23",
        domain="water utility",
        register="Welsh, over-friendly agent; worried customer",
        asr=False,
        worst=False,
        notes="Estimated bill ten times too high; chatty agent soothes and hints at the customer, then re-bills from a reading.",
        lines=[
            A("Hiya, you're through to Valleys Water, it's Bethan, how are we today, lovely?"),
            C(
                "Not great, to be honest. I've had a bill for eight hundred pounds and it's usually about ninety a quarter."
            ),
            A(
                "Oh goodness, no wonder you're ringing! Don't you go worrying yourself about it now, my love.",
                "feeling_dismissal",
            ),
            C("Well, I am worried. That's a lot of money."),
            A("Course you are. Could I grab the account number?"),
            C("It's 6 0 3 3 1 8 2."),
            A(
                "Lovely. Right, this bill's an estimate, because the reader couldn't get at the meter, it says here the cover was blocked on your side.",
                "blame_shift",
            ),
            C("Blocked? It's under the pavement outside my gate."),
            A("Ah, then that's us, not you, I shouldn't have said that."),
            C("So what do I do, read it myself?"),
            A("If you don't mind, yes, and you can read it to me now if you like, I'll redo the bill while you're on."),
            C("Give me a minute, I'll go out and look."),
            PAUSE,
            C("Right, it says 0 4 5 7 1."),
            A(
                "Perfect, thank you! So that brings it down to eighty-seven pounds forty, and I've cancelled the estimate."
            ),
            C("Oh, that's a relief."),
            A(
                "And I'll book a proper reading for next quarter myself so it doesn't happen again, and I'll email you the new bill tonight.",
                "ownership",
                "follow_up_promise",
            ),
            C("Thank you, Bethan."),
            A("Sorry for the fright, my lovely, you take care now.", "apology"),
        ],
    ),
    dict(
        call_id="b4_24",
        domain="parcel courier",
        register="British; furious customer; curt agent",
        asr=False,
        worst=True,
        notes="Parcel marked delivered but missing; agent blames preferences and the retailer, dismisses, offers a survey.",
        lines=[
            A("Good afternoon, you're through to ParcelPoint, my name's Shaun."),
            C(
                "Finally. I've been waiting forty minutes. My parcel says delivered and it's not here, and this is the third time I've called this week.",
                "repeat_contact",
            ),
            A("Sorry for the wait. Tracking number?", "apology"),
            C("P P 4 4 0 9 1 7 7 3."),
            A(
                "Okay, it shows delivered at two minutes past two, left in a safe place as per the delivery preferences you set.",
                "blame_shift",
            ),
            C("I never set a safe place. I don't even have an account with you."),
            A("If you didn't set it, the retailer will have done. That's down to them, not us.", "blame_shift"),
            C("There's a photo? Tell me what's in the photo."),
            A(
                "I can't send delivery photos out, I'm afraid, and I'm not allowed to go into detail on the phone either.",
                "cant_language",
            ),
            C("It's a four-hundred-pound laptop. I've knocked on every door on the street."),
            A("Calm down, shouting at me won't make it turn up.", "feeling_dismissal"),
            C("Don't tell me to calm down. Put me on to your supervisor.", "escalation_request"),
            A(
                "Supervisors don't deal with missing parcels. The sender has to raise a lost item claim, so you'll need to contact the retailer.",
                "channel_redirect",
            ),
            C("The retailer told me to ring you!", "repeat_contact"),
            A(
                "Well, our terms and conditions only let us open an investigation at the sender's request, so there's nothing more I can do.",
                "policy_recital",
                "cant_language",
            ),
            C("I want a manager. Now.", "escalation_request"),
            A(
                "I understand you're upset, but there isn't one free. You can leave feedback in the survey after this call.",
                "feeling_dismissal",
                "channel_redirect",
            ),
            C("Useless."),
            A("Thanks for calling ParcelPoint."),
        ],
    ),
    dict(
        call_id="b4_25",
        domain="credit union card fraud",
        register="American; elderly customer; careful agents",
        asr=False,
        worst=False,
        notes="Fraudulent card use; agent freezes the card, warm-transfers to fraud, who refund and own the dispute.",
        lines=[
            A("Thank you for calling Lakeshore Federal Credit Union, this is Tyrone."),
            C("Hello, dear. I got a text saying my card was used in Nevada, and I've never been to Nevada in my life."),
            A(
                "Okay, ma'am, first of all, please don't reply to that text or tap anything in it. Can I have your name?"
            ),
            C("Dorothy Reinholt."),
            A("Thank you, Mrs. Reinholt. I'm putting you on a brief hold while I verify the account.", "hold"),
            HOLD,
            A(
                "Thanks for holding. There are two charges in Las Vegas from last night, so I've frozen the card right now."
            ),
            C("Oh my. I'm eighty-four, I don't understand how they got it."),
            A("It's not your fault at all, this happens to very careful people too."),
            A(
                "I'm going to connect you with Renee on our fraud team, she'll get the money back, and I'll stay on the line until she picks up.",
                "transfer",
            ),
            XFER,
            A(
                "Hi Mrs. Reinholt, Renee in fraud. Tyrone's told me everything. I'm sorry this happened to you.",
                "apology",
            ),
            C("Thank you, dear. Will I lose the money?"),
            A(
                "No, ma'am. I've filed the dispute and credited the three hundred and twelve dollars back to your account today."
            ),
            C("You don't need me to go into the branch?"),
            A(
                "You don't need to go anywhere. I'll handle the whole dispute personally, and a new card goes in the mail tomorrow.",
                "ownership",
            ),
            C("What about the text? Should I call the police?"),
            A(
                "We report it ourselves. I'll call you Friday morning to make sure the new card arrived.",
                "follow_up_promise",
            ),
            C("You've been very kind."),
            A("Of course. Take care, Mrs. Reinholt."),
        ],
    ),
    dict(
        call_id="b4_26",
        domain="pet insurance",
        register="British; weary agent; patient customer",
        asr=True,
        worst=False,
        notes="Knee-surgery claim pending; agent blames the vet, finds the file was theirs, recites exclusions, sends to assessor.",
        lines=[
            A("good morning paws secure pet insurance youre speaking to kerry"),
            C(
                "hi its about my dog alfies claim for his crucial it operation its been three weeks and its still pending"
            ),
            A("ok bear with me"),
            A(
                "right so its pending cuz the vets havent sent his full clinical history so were waiting on the practice",
                "blame_shift",
            ),
            C("i rang the vets yesterday and they said they sent it last week", "repeat_contact"),
            A("hmm ok lemme check the documents inbox"),
            A("oh yeah its here it was just sitting on indexed sorry thats us", "apology"),
            C("right so can it be paid now"),
            A(
                "so the thing is under the pre existing conditions clause if theres any mention of limping before the policy started it cant be paid out",
                "policy_recital",
            ),
            C("hes never limped before he was a puppy when we took the policy out"),
            A(
                "ok well our policy is to pay once the assessor clears the history so im sending it over now marked urgent"
            ),
            C("how long will that be"),
            A("usually five working days i cant hurry the assessors myself im afraid", "cant_language"),
            C("its two thousand four hundred pound i had to put it on a credit card"),
            A("yeah i get that but theres nothing i can do about the timescales", "feeling_dismissal", "cant_language"),
            C("ok"),
            A("ill ring you thursday with an update either way", "follow_up_promise"),
            C("fine thanks"),
        ],
    ),
    dict(
        call_id="b4_27",
        domain="rail delay compensation",
        register="British; reasonable customer; good agent",
        asr=False,
        worst=False,
        notes="Two-hour delay; agent files the claim by phone, quotes the conditions on the flight, then argues it himself.",
        lines=[
            A("Hello, Midshires Rail customer relations, Adam speaking."),
            C("Hi. My train from Leicester on Friday was two hours late and I missed a flight. I'd like to claim."),
            A("I'm sorry, that's a miserable way to start a trip. Can I take the journey details?", "apology"),
            C("The twelve minutes past seven to St Pancras, Friday the ninth."),
            A(
                "Got it. That delay was a signalling failure near Kettering, which Network Rail look after, but your claim is with us, not them."
            ),
            C("Good, because I already messaged you on Twitter and they just sent me a form.", "repeat_contact"),
            A("There is an online form, but you don't need it, I'll put the claim in for you now over the phone."),
            C("How much do I get?"),
            A(
                "It's the full single fare for delays over two hours, so forty-eight pounds fifty, and that's submitted."
            ),
            C("And the flight? I had to pay for a new one."),
            A(
                "Knock-on costs like flights aren't normally covered under the National Rail Conditions of Travel, so that part's usually refused.",
                "policy_recital",
            ),
            A(
                "But I'm not leaving it there. I'll take your case to my manager myself with the receipt, and I'll ring you by Wednesday with an answer.",
                "ownership",
                "follow_up_promise",
            ),
            C("Fair enough, that's more than I expected."),
            A(
                "Could you email the receipt to me? I'll give you my direct address so it doesn't go into the general inbox."
            ),
            C("Yes, that's fine."),
            A("It's adam dot price at midshires rail dot co dot uk. Sorry again about Friday.", "apology"),
            C("Thanks, Adam."),
        ],
    ),
    dict(
        call_id="b4_28",
        domain="furniture retailer",
        register="Australian; pregnant customer; three agents",
        asr=False,
        worst=False,
        notes="Wrong-colour sofa; bounced from sales to dispatch, both blame another team, care lead books a swap.",
        lines=[
            A("Thanks for calling Coastline Furniture, Brooke speaking."),
            C("Hi Brooke, our sofa came yesterday and it's charcoal. We ordered sage green. The order's 5 5 1 2 9."),
            A(
                "Oh, sorry about that. The order definitely says sage, so the warehouse has picked the wrong one. I'll put you through to dispatch.",
                "apology",
                "blame_shift",
                "transfer",
            ),
            XFER,
            A("Dispatch, Liam."),
            C(
                "Hi Liam, I've just been through this with Brooke. We got charcoal instead of sage green, order 5 5 1 2 9.",
                "repeat_contact",
            ),
            A(
                "Yeah, the picker goes off the label the sales floor prints, so really that's a sales stuff-up.",
                "blame_shift",
            ),
            C("I don't care whose stuff-up it is, I want the right sofa."),
            A(
                "Fair enough. I can't book swaps from dispatch though, I don't have that option on my system.",
                "cant_language",
            ),
            C("Brooke sent me to you!"),
            A(
                "Yep, sorry. I'll get you to our care team lead, she can approve a swap. Hang on.",
                "apology",
                "transfer",
            ),
            XFER,
            A(
                "Hi, it's Rosa, care team lead. Liam's told me. You've been bounced twice, that's not good enough, and I'm sorry.",
                "apology",
            ),
            C("Thanks. We've got a baby due next month and the lounge is full of the wrong couch."),
            A(
                "Then let's fix it properly. I'm taking this order on myself, and I've booked the sage sofa on our Thursday truck, they'll swap it and take the charcoal away.",
                "ownership",
            ),
            C("Thursday is great. Do I need to repack it?"),
            A("No, leave it as it is. I'll text you Wednesday evening with the delivery window.", "follow_up_promise"),
            C("Perfect. Thanks, Rosa."),
            A("No worries, and congratulations."),
        ],
    ),
    dict(
        call_id="b4_29",
        domain="mobile roaming bill",
        register="Glasgow customer; defensive agent who comes round",
        asr=False,
        worst=False,
        notes="Roaming bill; agent quotes the plan and blames the shop and the customer, then finds the missing text and credits it.",
        lines=[
            A("Hiya, Orbit Mobile, you're speaking to Kirsty."),
            C(
                "Aye, hello. I've got a bill for three hundred and forty quid for data in Turkey. I was told my plan covered roaming."
            ),
            A(
                "Turkey's outside the roaming zone in your plan terms, so those charges are correct, I'm afraid.",
                "policy_recital",
            ),
            C("The lad in your Buchanan Street shop told me it was included. I asked him specifically."),
            A(
                "The shops are run separately, so what's said in store isn't something I can go by.",
                "blame_shift",
                "cant_language",
            ),
            C("So it's my fault your own staff told me wrong?"),
            A("I didn't say that. You should have had a text with the rates when you landed, though.", "blame_shift"),
            C("I got a text saying welcome to Turkey. That's it. Look, I've been with you twelve years."),
            A("Let me check the text log."),
            A(
                "Right, you're correct, the rates text never sent, you only got the welcome message. That's our fault, and I'm sorry I argued with you.",
                "apology",
            ),
            C("Thank you."),
            A(
                "I've credited the full three hundred and forty pounds, and I've added the travel add-on free for your next trip."
            ),
            C("I wasn't expecting that, honestly."),
            A(
                "I'll raise what the shop told you with their manager myself, so nobody else gets caught out.",
                "ownership",
            ),
            C("Appreciate it."),
            A("You'll get an email confirming the credit in a few minutes. Anything else?"),
            C("No, that's me. Cheers, Kirsty."),
        ],
    ),
    dict(
        call_id="b4_30",
        domain="boiler servicing",
        register="Yorkshire customer; excellent agent",
        asr=False,
        worst=False,
        notes="Engineer no-show; agent finds out why, books first job tomorrow herself, credits the day, promises a check-in.",
        lines=[
            A("Good morning, HomeHeat Cover, this is Sam."),
            C("Morning. I waited in all day yesterday for a boiler service and nobody came. No call, nothing."),
            A("I'm really sorry, that's a whole day wasted for you. Can I take your postcode?", "apology"),
            C("L S six, two Q T. I'd half planned to demand your boss, but let's see how this goes."),
            A(
                "Fair enough! I'll put you on hold for a minute while I find out what happened with the engineer.",
                "hold",
            ),
            HOLD,
            A(
                "Thanks for holding. The engineer went off sick in the morning, and the call to rebook you was never made. That should have been done and it wasn't."
            ),
            C("So when can someone come?"),
            A(
                "I've got a slot tomorrow between eight and twelve, and I'll make sure it's the first job myself, so you're not waiting all day again.",
                "ownership",
            ),
            C("Tomorrow's fine. Will I get a call when he's on his way?"),
            A(
                "Yes, the engineer rings thirty minutes before. And I'll call you tomorrow afternoon to check it all went through.",
                "follow_up_promise",
            ),
            C("What about my day off?"),
            A("I've added a thirty-pound credit to your account for yesterday. It's not a lot, but it's something."),
            C("It's something. Do I need to do anything to claim it?"),
            A("No, you don't need to fill in a form or call anyone, it comes off your next payment."),
            C("Right. Thanks, Sam."),
            A("Thanks for your patience, and sorry again.", "apology"),
        ],
    ),
]
