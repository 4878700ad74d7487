"""Scripts of the blind evaluation calls (source for blind_*.json and the rendered audio).

Written without seeing the detector's rules; see README.md in this folder.
Each call: call_id, notes, worst, asr (lowercase unpunctuated ASR-style text), agent and
customer personas (only used when rendering audio; they are voices from
data/samples/generate.py), and lines:

    A(text, *kinds, p=persona)  agent utterance (p: another agent after a transfer)
    C(text, *kinds)             customer utterance
    HOLD(seconds)               the customer is on hold (music in the rendered audio)
    GAP(seconds)                silence without music: transfer ringing, or typing
"""

from __future__ import annotations


def A(text, *kinds, p=None):
    return {"speaker": "agent", "text": text, "kinds": list(kinds), "persona": p}


def C(text, *kinds):
    return {"speaker": "customer", "text": text, "kinds": list(kinds), "persona": None}


def HOLD(seconds):
    return {"hold": float(seconds)}


def GAP(seconds):
    return {"gap": float(seconds)}


CALLS = [
    # ------------------------------------------------------------------ 01 energy, estimated bills
    {
        "call_id": "blind_01",
        "notes": "energy supplier, estimated bills catch-up; terms read out, metering team blamed, pushed to the "
        "online account and the app, customer told off for 'raising her voice', two manager requests",
        "worst": True,
        "asr": False,
        "agent": "A-101",
        "customer": "C-1001",
        "lines": [
            A(
                "Good afternoon, you're through to Brightwell Energy, my name's Callum. Can I start with your account "
                "number, please?"
            ),
            C(
                "Yes, it's 6 0 3 3 1 8 2. I'm ringing about my bill, which has gone from sixty pounds a month to two "
                "hundred and forty."
            ),
            A(
                "Thank you. Right, so I can see the last four bills were estimated, and the most recent one has caught "
                "up with an actual reading."
            ),
            C(
                "Estimated? I sent you a photo of the meter back in January. This is the third time I've been on the "
                "phone to you lot about it.",
                "repeat_contact",
            ),
            A(
                "Under the terms of your supply contract, where we don't receive a reading within the billing window "
                "we're entitled to bill on an estimated basis, and any shortfall is recovered on the next statement.",
                "policy_recital",
            ),
            C("But I did give you a reading. I've still got the email I sent."),
            A(
                "Readings sent in by email don't always get matched up, I'm afraid. That inbox belongs to the metering "
                "side, it's not our team that looks after it.",
                "blame_shift",
            ),
            C("So what, I'm meant to just find nearly two hundred quid extra?"),
            A(
                "I appreciate it's frustrating. I'm not able to touch a bill that's based on an actual reading, it's "
                "locked once it's been issued.",
                "feeling_dismissal",
                "cant_language",
            ),
            C("Then can you at least spread it out? I can't find that kind of money this month."),
            A(
                "Payment plans are set up through the online account. If you log in and go to manage my payments, "
                "there's an option in there.",
                "channel_redirect",
            ),
            C("I'm not doing this online again. Can I speak to whoever's above you, please?", "escalation_request"),
            A("There's honestly no call for raising your voice, madam, it's only a bill.", "feeling_dismissal"),
            C("I'm not raising my voice. I'm asking for a manager.", "escalation_request"),
            A(
                "The team leaders are tied up in a meeting this afternoon, but I'll put a note on for one of them to "
                "ring you back before the end of the week.",
                "follow_up_promise",
            ),
            C("Fine. And what about the January reading?"),
            A("You'd be best resubmitting it through the app, so it's time-stamped properly.", "channel_redirect"),
            C("Unbelievable. Goodbye."),
        ],
    },
    # ------------------------------------------------------------------ 02 mobile roaming, Australian
    {
        "call_id": "blind_02",
        "notes": "mobile contract, roaming bill shock after a trip; agent admits the mistake, fixes it on a short "
        "hold, texts the new bill tomorrow; customer apologises (not labelled)",
        "worst": False,
        "asr": False,
        "agent": "A-202",
        "customer": "C-1005",
        "lines": [
            A("G'day, thanks for calling Koala Mobile, you've got Tegan, how are ya going?"),
            C(
                "Yeah, not bad thanks, bit of a shock this morning though. Just got back from Bali and my bill's come "
                "through at four hundred and twelve bucks."
            ),
            A(
                "Oh no, that's a nasty one to come home to, I'm really sorry. Let's get to the bottom of it. What's the "
                "mobile number on the account?",
                "apology",
            ),
            C("It's oh four one two, five five five, eight three nine."),
            A(
                "Lovely, got you, Jess. Okay, so it looks like the travel pack never kicked in, and you've been charged "
                "casual roaming rates for all your data."
            ),
            C("But I bought the travel pack! Sorry, I'm not having a go at you, it's just a lot of money."),
            A(
                "No, you're right to be annoyed, and you don't need to apologise. I can see the pack purchase right "
                "here, it just got attached to your old SIM instead of the new one. That's a stuff-up on our end, not "
                "yours."
            ),
            C("Right, so can that be fixed?"),
            A(
                "Yep, leave this one with me. I'll shift the pack across and credit the difference back myself. Mind if "
                "I pop you on hold for a minute while I do it?",
                "ownership",
                "hold",
            ),
            C("Yeah, go for it."),
            HOLD(24),
            A(
                "Thanks for hanging on, Jess, sorry that took a tick. Right, the credit's gone on, three hundred and "
                "forty-two dollars. And I haven't made you go through the app or fill out a dispute form, it's all "
                "done from here.",
                "apology",
            ),
            C("Legend. How long till the bill shows the right amount?"),
            A(
                "The adjusted bill takes a day to regenerate, so I'll text you tomorrow arvo once the new one's out, "
                "just so you've got it in writing.",
                "follow_up_promise",
            ),
            C("Perfect. And will this happen again next trip?"),
            A(
                "It shouldn't. I've fixed the link to the new SIM, so any future packs land in the right spot. Sorry "
                "again for the hassle.",
                "apology",
            ),
            C("All good, you've been a champion. Cheers, Tegan."),
            A("Have a good one!"),
        ],
    },
    # ------------------------------------------------------------------ 03 airline rebooking, US
    {
        "call_id": "blind_03",
        "notes": "airline, cancelled flight the night before a wedding; hold, can't ticket partner airlines, warm "
        "transfer to the interline desk who rebooks; bag sent to the airport office; the itinerary email is an "
        "automatic confirmation (not a follow-up promise)",
        "worst": False,
        "asr": False,
        "agent": "A-301",
        "customer": "C-1009",
        "lines": [
            A("Thank you for calling Meridian Airlines, this is Dwayne, may I have your confirmation code?"),
            C(
                "Yeah, hi, it's K as in kilo, R, seven, seven, P, Q. My flight to Denver tonight just got canceled and "
                "the app keeps throwing an error when I try to rebook."
            ),
            A(
                "Okay, let me pull that up. Alright, I see the cancellation, that was crew-related. I'm sorry, that's a "
                "rough way to start a trip.",
                "apology",
            ),
            C("Yeah, I've got a wedding tomorrow at noon. I need to be in Denver tonight or first thing."),
            A(
                "Understood. Let me look at what's open. Can I put you on a brief hold while I search the other "
                "carriers as well?",
                "hold",
            ),
            C("Sure, go ahead."),
            HOLD(35),
            A(
                "Thanks for waiting. So on our own flights the earliest is two fifteen tomorrow, which won't work for "
                "you. And the system won't let me book you on a partner airline from this desk, that's only something "
                "our interline team can ticket.",
                "cant_language",
            ),
            C("Okay, so can you get me to that team?"),
            A(
                "Absolutely. I'll bring you over to them and stay on the line until someone picks up, so you don't "
                "have to explain it all again.",
                "transfer",
            ),
            GAP(18),
            A("Interline desk, this is Marisol.", p="A-302"),
            A(
                "Hi Marisol, I've got a passenger whose Denver flight canceled tonight, she needs to land before noon "
                "tomorrow. Can you look at United or Frontier?"
            ),
            A("Sure thing. Ma'am, I'm going to get you to Denver tonight, give me one moment.", "ownership", p="A-302"),
            A(
                "Okay, I've got a seat on a seven forty out of O'Hare that gets in at nine fifteen. Would that work?",
                p="A-302",
            ),
            C("Oh my gosh, yes."),
            A(
                "Great, I'm ticketing that now. There's no fare difference, since it's our cancellation. You'll see the "
                "new itinerary in your email in a couple of minutes.",
                p="A-302",
            ),
            C("And my bag? I already checked it for the old flight."),
            A(
                "Bags from canceled flights get pulled back to the baggage service office, so you'd need to go down to "
                "carousel six and sort it out with them in person.",
                "channel_redirect",
                p="A-302",
            ),
            C("Ugh, okay. Fine. Thank you for finding the flight, seriously."),
            A("You're welcome. Have a wonderful time at the wedding.", p="A-302"),
        ],
        "transfers": 1,
    },
    # ------------------------------------------------------------------ 04 bank fraud, formal UK
    {
        "call_id": "blind_04",
        "notes": "bank fraud, card payment he didn't make; reassures it isn't his fault (not blame), hold while "
        "the card is blocked, agent runs the claim himself, rings back Thursday; 'you don't need to contact anyone "
        "else' is not a redirect",
        "worst": False,
        "asr": False,
        "agent": "A-102",
        "customer": "C-1004",
        "lines": [
            A(
                "Good evening, Harcourt Bank fraud team, you're speaking with Imogen. Before we go any further, could "
                "you confirm your full name and date of birth?"
            ),
            C(
                "Yes, it's Robert Ashby, fourteenth of March, nineteen sixty-two. I've had a text saying there's been a "
                "payment of nine hundred pounds to an electronics shop in Leeds, and I've never been to Leeds in my "
                "life."
            ),
            A(
                "Thank you, Mr Ashby. I'm sorry you've had that worry this evening. I'm going to go through this with "
                "you now and make sure your money's protected.",
                "apology",
                "ownership",
            ),
            C("I'm so sorry, I'm a bit flustered. I think I might have clicked on a link last week about a parcel."),
            A(
                "Take your time. Those messages are built to look genuine, and none of this is down to you. I'll "
                "block the card first. Would you mind holding for a moment while I do that?",
                "hold",
            ),
            C("Of course."),
            HOLD(21),
            A(
                "Thank you for waiting. The card is now cancelled, and I've raised a fraud claim for the nine hundred "
                "pounds. The payment is still pending, so there's a good chance it never leaves your account."
            ),
            C("Oh, thank goodness. Do I need to ring the shop, or the police, or anything?"),
            A(
                "No, you don't need to contact anyone else. I'll handle the claim from here, and while we're talking "
                "I'll reset your online banking password, the temporary one will come by text.",
                "ownership",
            ),
            C("That's very kind. When will I get a new card?"),
            A(
                "The replacement will be with you in three to five working days. I'll also ring you on Thursday "
                "afternoon to confirm the claim has been settled, so you're not left wondering.",
                "follow_up_promise",
            ),
            C("Thursday, lovely. You've been ever so helpful."),
            A(
                "Not at all, Mr Ashby. And again, I'm sorry this happened to you. Is there anything else I can help "
                "with tonight?",
                "apology",
            ),
            C("No, that's all, thank you Imogen."),
        ],
    },
    # ------------------------------------------------------------------ 05 grocery substitutions, ASR
    {
        "call_id": "blind_05",
        "notes": "online grocery substitutions (ASR style): pickers blamed, hollow 'totally get that' + app "
        "redirect, 24 h window read out, then the agent refunds it herself and emails later",
        "worst": False,
        "asr": True,
        "agent": "A-302",
        "customer": "C-1003",
        "lines": [
            A("hi you're through to basket and co customer care my names priya how can i help"),
            C(
                "hiya yeah um so my shop came this morning and like half of it was substitutions and theyre just mad "
                "like i ordered oak milk and got a pint of double cream"
            ),
            A("oh no im sorry about that", "apology"),
            C(
                "and im dairy free so thats no good to me at all and there was no gluten free bread either they sent "
                "a normal loaf"
            ),
            A(
                "right so the substitutions are picked by the pickers in store so thats not really something we "
                "control from here its down to whoever picked your order",
                "blame_shift",
            ),
            C("ok but its your store"),
            A(
                "yeah no i totally get that but for refunds on subs you gotta do it in the app theres a little report "
                "a problem button next to each item",
                "feeling_dismissal",
                "channel_redirect",
            ),
            C(
                "i tried that it keeps saying something went wrong cuz the orders over twenty four hours old or "
                "something"
            ),
            A(
                "ah yeah theres a twenty four hour window on the app for reporting subs thats in the terms when you "
                "sign up",
                "policy_recital",
            ),
            C("so im just stuck with double cream i cant even use"),
            A(
                "no no hang on im not gonna leave you stuck with it i can do the refund for you from my end no problem",
                "ownership",
            ),
            C("oh ok thank you"),
            A(
                "so thats the oat milk the bread and the er the cream ill refund the lot and you can keep the cream "
                "or give it to a neighbour"
            ),
            C("ha brilliant thanks"),
            A("and ill put a note on your account that youre dairy free so the pickers dont swap it for dairy again"),
            C("that would be really good"),
            A(
                "and ill email you the refund confirmation later this afternoon once its gone through",
                "follow_up_promise",
            ),
            C("lovely thanks priya bye"),
        ],
    },
    # ------------------------------------------------------------------ 06 gym cancellation, US, angry
    {
        "call_id": "blind_06",
        "notes": "gym cancellation after moving; earlier call not logged (front desk blamed), agreement section "
        "read out, 'no reason to get worked up', sent to retention who wants a mailed form, refunds via the bank",
        "worst": True,
        "asr": False,
        "agent": "A-301",
        "customer": "C-1002",
        "lines": [
            A("Thanks for calling IronPeak Fitness member services, this is Kyle, what can I do for you?"),
            C(
                "I need to cancel my membership. I moved to Portland two months ago and you're still taking forty-nine "
                "ninety-nine out of my account every month."
            ),
            A("Okay, I can help with that. Do you have your member ID?"),
            C(
                "It's 7 7 2 0 4 1. And honestly, I already called about this in May and the guy said it was done.",
                "repeat_contact",
            ),
            A(
                "Looking at it, there's no cancellation on file. Whoever you spoke to in May must not have submitted "
                "it, that would've been the front desk at your home club.",
                "blame_shift",
            ),
            C("I don't care who it was. I want it cancelled and I want my money back for June and July."),
            A(
                "So per section nine of the membership agreement, cancellations require thirty days' written notice, "
                "they take effect from the next billing cycle, and dues already collected are non-refundable.",
                "policy_recital",
            ),
            C("Written notice? I told you in May!"),
            A(
                "I hear you, I really do. But there's nothing on my screen that lets me refund those months.",
                "feeling_dismissal",
                "cant_language",
            ),
            C("This is ridiculous. Get me someone who actually has some authority.", "escalation_request"),
            A(
                "Sir, there's really no reason to get worked up over this. I'll send you over to our retention "
                "department, they handle all cancellations.",
                "feeling_dismissal",
                "transfer",
            ),
            GAP(22),
            A("Retention, this is Brianna, can I get your member ID?", p="A-302"),
            C(
                "Seriously? I just gave it. Seven seven two zero four one. This is the third person I've explained "
                "this to.",
                "repeat_contact",
            ),
            A(
                "Thanks. Before we cancel, I can offer you three months at half price at any of our Portland "
                "locations.",
                p="A-302",
            ),
            C("There is no location near me. I just want to cancel."),
            A(
                "Okay. To process the cancellation you'll need to print the form from our website and mail it to the "
                "corporate office, or drop it off at a club in person.",
                "channel_redirect",
                p="A-302",
            ),
            C("You're kidding. I can't do it over the phone?"),
            A(
                "Unfortunately retention can only log the request, it's not something we're able to complete over the "
                "phone. That's how corporate set it up.",
                "cant_language",
                "blame_shift",
                p="A-302",
            ),
            C("And the two months I've already paid?"),
            A("Those you'd have to dispute through your bank.", "channel_redirect", p="A-302"),
            C("Wow. Okay. Thanks for nothing."),
        ],
        "transfers": 1,
    },
    # ------------------------------------------------------------------ 07 car insurance claim, ASR
    {
        "call_id": "blind_07",
        "notes": "car insurance claim (ASR style); customer was cut off earlier, transferred to claims (agent "
        "avoids making her ring another number), claims handler books the repairer herself, hold for a courtesy "
        "car, call back Friday",
        "worst": False,
        "asr": True,
        "agent": "A-101",
        "customer": "C-1001",
        "lines": [
            A("morning thanks for calling ashgrove insurance youre speaking to ben"),
            C(
                "hi yeah i rang earlier but it cut me off halfway through so sorry if im repeating myself someone went "
                "into the back of me at a roundabout yesterday and i wanna make a claim",
                "repeat_contact",
            ),
            A("oh no sorry to hear that is everyone ok", "apology"),
            C("yeah yeah were fine just shaken up the cars a bit of a mess though the boot wont shut"),
            A(
                "right ok so claims is a different team but bear with me ill pass you across to them now so you dont "
                "have to ring a different number",
                "transfer",
            ),
            GAP(15),
            A("claims this is sophie can i take your policy number", p="A-102"),
            C("yeah its a g i seven four four oh one nine"),
            A("lovely and the other driver admitted fault did they", p="A-102"),
            C("yeah he said sorry straight away and we swapped details ive got photos and everything"),
            A(
                "great ok so im gonna get this set up for you now and ill book the repairer in myself so you dont "
                "have to chase anyone",
                "ownership",
                p="A-102",
            ),
            C("oh brilliant cuz i need the car for work"),
            A(
                "course let me just check if weve got a courtesy car near you can i pop you on hold for a minute or "
                "two",
                "hold",
                p="A-102",
            ),
            C("yep no worries"),
            HOLD(22),
            A(
                "thanks for holding so the nearest courtesy car is at the body shop in hinkley so theyll give you one "
                "when you drop it off",
                p="A-102",
            ),
            C("perfect"),
            A(
                "ill also get in touch with the other drivers insurer today and ill give you a ring on friday with an "
                "update on liability",
                "follow_up_promise",
                p="A-102",
            ),
            C("sounds great thanks sophie youve been really good"),
            A("no problem at all take care", p="A-102"),
        ],
        "transfers": 1,
    },
    # ------------------------------------------------------------------ 08 council tax, formal UK
    {
        "call_id": "blind_08",
        "notes": "council tax after a house sale; customer blamed for using her solicitor, regulations read out, "
        "can't amend, website form (already done once), senior officer refused via the complaints page, "
        "instalment terms read out",
        "worst": True,
        "asr": False,
        "agent": "A-101",
        "customer": "C-1007",
        "lines": [
            A("Good morning, Revenues and Benefits, Westmoor District Council, Graham speaking."),
            C(
                "Good morning. I've received a reminder notice for council tax on a property I sold in February. I'm "
                "not liable for it any more."
            ),
            A("Can I take the reference on the notice, please?"),
            C("Yes, it's 4 0 0 2 9 1 7 7."),
            A(
                "Thank you. Right, our records show you as the liable party until the thirty-first of March. We "
                "weren't notified of the sale until April, so the account stayed in your name."
            ),
            C("My solicitor notified you on completion. I've got a copy of the letter."),
            A(
                "Well, it's down to the account holder to tell the council about a change in circumstances, so really "
                "this should have come from you directly rather than your solicitor.",
                "blame_shift",
            ),
            C("That's absurd, it's the same information."),
            A(
                "Under the Council Tax regulations, liability continues until the date the council is notified in "
                "writing, and a reminder is issued automatically where an instalment is fourteen days overdue.",
                "policy_recital",
            ),
            C(
                "Fine, but the sale date was in February. Can you just correct it now? I'll send you the completion "
                "statement."
            ),
            A(
                "I'm not in a position to amend the liability dates myself, and I can't accept documents over the "
                "phone.",
                "cant_language",
            ),
            C("So who can?"),
            A(
                "You'll need to complete the moving-out form on the council website and upload the completion "
                "statement there.",
                "channel_redirect",
            ),
            C(
                "I did that in February as well. This is the second time I've had to go through all of it.",
                "repeat_contact",
            ),
            A("There's no record of an online form, so it may not have gone through on your end.", "blame_shift"),
            C("Could I speak to a senior officer, please?", "escalation_request"),
            A(
                "The senior officers deal with complaints in writing, so you'd have to go through the complaints page "
                "on our website.",
                "channel_redirect",
            ),
            C("And in the meantime, the reminder?"),
            A(
                "Bear in mind that if the instalment isn't paid within seven days, the full year's balance becomes "
                "due, as set out on the back of the notice.",
                "policy_recital",
            ),
            C("Thank you for absolutely nothing."),
        ],
    },
    # ------------------------------------------------------------------ 09 software subscription refund, US
    {
        "call_id": "blind_09",
        "notes": "software subscription auto-renewal refunded in full without quoting terms; customer says sorry "
        "and mentions the manager request she had ready (neither labelled); 'no need for a call back'",
        "worst": False,
        "asr": False,
        "agent": "A-202",
        "customer": "C-1005",
        "lines": [
            A("Hi, thanks for calling Lumenly support, my name is Priyanka. What's going on today?"),
            C(
                "Hey. So I got charged two hundred and ninety-nine dollars for an annual renewal on the Pro plan, and I "
                "honestly thought I'd turned off auto-renew. I barely use it anymore."
            ),
            A("Ah, that's no fun to find on a statement. What's the email on the account?"),
            C("It's dana dot k at fastmail dot com."),
            A(
                "Got it. I'm sorry it caught you out. I can see auto-renew was still switched on, and the renewal went "
                "through on the third.",
                "apology",
            ),
            C("Yeah, sorry, that's probably on me, I might have missed the reminder email."),
            A(
                "Honestly, that happens all the time, you didn't do anything wrong. I could read you the refund terms, "
                "but I'd rather just sort it. It was eight days ago and you haven't logged in since, so I'm going to "
                "refund the full amount for you.",
                "ownership",
            ),
            C("Wait, seriously? The whole thing?"),
            A(
                "The whole thing. It's done on my side, so there's no need for a call back, you'll see it on the card "
                "in five to seven business days."
            ),
            C(
                "Wow, okay. I was expecting a fight, to be honest, I had the can I speak to your manager line all "
                "ready to go."
            ),
            A(
                "Ha, no fight needed. Do you want me to drop you down to the free tier so you keep your projects, or "
                "close the account altogether?"
            ),
            C("Free tier's perfect. Can I do that myself, or?"),
            A("No need, I've already switched it. You don't have to go into settings or anything."),
            C("Amazing. Oh, and could I get a receipt for the refund? My accountant will want one."),
            A(
                "Sure, finance generates those overnight, so I'll email it to you tomorrow morning.",
                "follow_up_promise",
            ),
            C("Perfect."),
            A(
                "And I'll check on Friday that the refund has actually landed, and drop you a note if anything looks "
                "off.",
                "follow_up_promise",
            ),
            C("That's really great service, thank you Priyanka."),
            A(
                "Happy to help, Dana, and sorry again about the surprise charge. Have a great rest of your day.",
                "apology",
            ),
        ],
    },
    # ------------------------------------------------------------------ 10 hotel overbooked, ASR
    {
        "call_id": "blind_10",
        "notes": "hotel oversold at 11 pm (ASR style); booking site blamed, can't help + go to the booking site, "
        "manager request, duty manager puts on hold, blames a system glitch, reads overbooking terms, can't book "
        "other hotels, second transfer; partner desk finally books a room",
        "worst": True,
        "asr": True,
        "agent": "A-201",
        "customer": "C-1008",
        "lines": [
            A("thank you for calling harbourview hotels central reservations this is nathan"),
            C(
                "yeah hi im standing in the lobby of your king street hotel at eleven at night and theyre telling me "
                "theres no room for me even though i booked it three weeks ago"
            ),
            A("ok can i get the confirmation number"),
            C("its h v nine three three two one"),
            A(
                "right so i can see that booking was made through trip nest so its actually a third party "
                "reservation they mustve not passed it on to the hotel properly",
                "blame_shift",
            ),
            C("i dont care who passed what i paid for a room and i need somewhere to sleep tonight"),
            A(
                "i get that but we cant really do anything on third party bookings from central res youd have to "
                "contact trip nest directly",
                "feeling_dismissal",
                "cant_language",
                "channel_redirect",
            ),
            C("are you serious its eleven oclock at night let me talk to a manager", "escalation_request"),
            A("right one sec ill put you through to the duty manager", "transfer"),
            GAP(28),
            A("duty manager speaking", p="A-301"),
            C(
                "hi yeah ive just explained all this but im at your king street hotel with a booking and theres no "
                "room",
                "repeat_contact",
            ),
            A("ok sorry about that whats the booking reference", "apology", p="A-301"),
            C("h v nine three three two one"),
            A("right let me look into it im gonna pop you on hold for a couple of minutes", "hold", p="A-301"),
            HOLD(38),
            A(
                "thanks for waiting so the hotels oversold tonight that happened cuz of a glitch with the channel "
                "manager system so it wasnt anything the front desk did",
                "blame_shift",
                p="A-301",
            ),
            C("so where am i supposed to sleep"),
            A(
                "so under our overbooking terms were only obliged to offer relocation subject to availability and "
                "were not liable for any transport costs",
                "policy_recital",
                p="A-301",
            ),
            C("ok so relocate me then"),
            A(
                "i cant book other hotels from here thats done by our partner desk so im gonna transfer you to them",
                "cant_language",
                "transfer",
                p="A-301",
            ),
            GAP(20),
            A("hi partner bookings this is kim how can i help", p="A-202"),
            C(
                "oh my god this is the third person ive had to go through this with im at king street theres no room "
                "your manager said youd relocate me",
                "repeat_contact",
            ),
            A(
                "ok no worries i can sort that for you theres a room at the keyside inn about ten minutes away on "
                "quay street im booking it now",
                "ownership",
                p="A-202",
            ),
            C("fine whatever thanks"),
        ],
        "transfers": 2,
    },
    # ------------------------------------------------------------------ 11 pharmacy repeat prescription
    {
        "call_id": "blind_11",
        "notes": "pharmacy, repeat prescription stuck at the surgery; hold-up put on the surgery, customer rang "
        "on Monday, agent rings the surgery herself on hold, calls back at four; 'I do understand' here comes "
        "with real action (not labelled)",
        "worst": False,
        "asr": False,
        "agent": "A-302",
        "customer": "C-1001",
        "lines": [
            A("Hello, Greenacre Pharmacy, it's Maureen, how can I help you, love?"),
            C(
                "Oh hello, yes, I'm ringing about my husband's repeat prescription. It's his blood pressure tablets, "
                "he's only got two left and they said it would be ready Tuesday."
            ),
            A("Right, let's have a look. What's his name and date of birth?"),
            C("Stanley Hughes, second of August, nineteen forty-eight."),
            A(
                "Thank you. Ah, I can see it, but it's showing as not yet received from the surgery. They've not sent "
                "it over, so the hold-up's at their end, not ours.",
                "blame_shift",
            ),
            C("Oh dear. I did ring you on Monday and the young man said it was all in hand.", "repeat_contact"),
            A(
                "I do understand, and I'm sorry, he'd have been looking at the request, not the prescription itself. "
                "Tell you what, don't you go ringing the surgery, I'll phone them myself now and get it sent through.",
                "apology",
                "ownership",
            ),
            C("Would you? That would be a great help, my legs aren't what they were for running about."),
            A("Course I will. Can you hang on a minute while I give them a ring on the other line?", "hold"),
            C("Yes, that's fine."),
            HOLD(36),
            A(
                "Thanks for waiting, love. Right, I've spoken to the receptionist and the doctor's signing it this "
                "afternoon. Sorry to keep you hanging on.",
                "apology",
            ),
            C("Oh, that's good news."),
            A(
                "So what I'll do is ring you as soon as it's made up, probably about four o'clock, and Stanley can "
                "come and collect it before we close at six.",
                "follow_up_promise",
            ),
            C("Oh, you are kind. And if he can't make it, can I pick it up for him?"),
            A("Absolutely you can, just bring something with his address on."),
            C("Lovely. Thank you so much, Maureen."),
            A("You're welcome, love. Speak to you later on."),
        ],
    },
    # ------------------------------------------------------------------ 12 broadband outage, ASR, angry
    {
        "call_id": "blind_12",
        "notes": "broadband down since Thursday (ASR style, split sentences); fourth call, Openreach blamed, "
        "'no point getting stressed', can't chase, service terms, website + status page, complaints transfer; "
        "complaints agent refuses the 'openreach line' and promises a call by twelve",
        "worst": True,
        "asr": True,
        "agent": "A-101",
        "customer": "C-1004",
        "lines": [
            A("hello thanks for calling zipline broadband youre through to kev can i take your account number"),
            C(
                "yeah its z l four four eight two oh one and before you say anything this is the fourth time ive rung "
                "about this my internets been down since thursday",
                "repeat_contact",
            ),
            A("ok lemme just bring it up"),
            GAP(6),
            A(
                "right yeah so theres a fault in your area thats on the open reach side its their cable its not "
                "actually our network",
                "blame_shift",
            ),
            C("i dont care whose cable it is i work from home ive lost three days a work"),
            A(
                "i mean theres no point getting stressed about it mate itll get fixed when it gets fixed",
                "feeling_dismissal",
            ),
            C("no point getting stressed are you having a laugh"),
            A(
                "look theres nothing i can do to speed up an open reach engineer i got no way of chasing them from "
                "here",
                "cant_language",
            ),
            C("can you not send me one of them four g dongles or something so i can actually work"),
            A(
                "we dont do backup devices on your package thats only on the business plans its in the service terms "
                "section four",
                "policy_recital",
            ),
            C("right ok so what about compensation for the days its been off"),
            A(
                "for compensation you gotta go on the website theres an automatic compensation form under help and "
                "support",
                "channel_redirect",
            ),
            C("youre joking me"),
            A(
                "and you can check the status page for updates on the fault as well rather than ringing in",
                "channel_redirect",
            ),
            C("put me through to your manager then cuz youre useless", "escalation_request"),
            A("ok fair enough ill put you through to the complaints team they can look at it", "transfer"),
            GAP(30),
            A("complaints team youre speaking with dawn", p="A-202"),
            C(
                "finally right my broadbands been down since thursday ive rung four times and every time its open "
                "reach open reach",
                "repeat_contact",
            ),
            A(
                "im really sorry thats not good enough at all and im not gonna give you the open reach line again",
                "apology",
                p="A-202",
            ),
            A(
                "what ill do is log this as a formal complaint and ill ring you back tomorrow by twelve with where "
                "the engineer is at",
                "follow_up_promise",
                p="A-202",
            ),
            C("tomorrow by twelve right ill hold you to that"),
            A("you can do thanks for your patience bye now", p="A-202"),
        ],
        "transfers": 1,
    },
    # ------------------------------------------------------------------ 13 water leak allowance, Australian
    {
        "call_id": "blind_13",
        "notes": "water utility, leak allowance; agent applies herself, 'put the account on hold' for payment "
        "(not a hold), customer's sorry and 'dreading this call' not labelled, two follow-ups",
        "worst": False,
        "asr": False,
        "agent": "A-102",
        "customer": "C-1009",
        "agent_channel": "right",
        "lines": [
            A("Morning, Southern Rivers Water, you're speaking with Bronwyn."),
            C(
                "Oh, hi Bronwyn. Look, I've just opened my quarterly bill and it's eleven hundred dollars. It's "
                "normally about two-fifty. Turns out we had a leak under the slab that we didn't know about."
            ),
            A(
                "Oh, you poor thing, that's a horrible one to open. I'm sorry. Have you had a plumber out yet?",
                "apology",
            ),
            C(
                "Yeah, he fixed it on Friday, I've got the invoice. Sorry, I probably should have rung before the "
                "plumber came, I didn't know if that mattered."
            ),
            A(
                "Nah, not at all, you've done exactly the right thing. Let me check your usage history quickly, can I "
                "pop you on hold for a sec?",
                "hold",
            ),
            C("Yep, no worries."),
            HOLD(19),
            A(
                "Thanks for waiting. Yep, the jump is all in the last six weeks. We've got a leak allowance for this, "
                "and I'll put the application through for you today, you won't need to fill anything in.",
                "ownership",
            ),
            C("Oh, that's a relief. What do you need from me?"),
            A("Just the plumber's invoice. I'll text you a link now, and whatever you upload comes straight to me."),
            C("Beautiful. And do I have to pay the eleven hundred in the meantime?"),
            A("No, I'll put the account on hold for payment while it's assessed, so you won't get any reminders."),
            C("Oh, brilliant."),
            A(
                "The assessment normally takes about ten days. I'll give you a buzz once it's approved and let you "
                "know what the adjusted bill comes to.",
                "follow_up_promise",
            ),
            C("You're a gem. Honestly, I was dreading this call."),
            A("Ha, no dramas. Anything else I can help with?"),
            C(
                "Actually, yeah, the plumber said the pressure's really high in our street. Is that something you "
                "guys look at?"
            ),
            A(
                "It is, that's our network crew. I'll put a job in with them for a pressure check, and they'll ring "
                "you this week to arrange a time.",
                "follow_up_promise",
            ),
            C("Perfect. Thanks so much, Bronwyn."),
            A("No worries at all, have a lovely day."),
        ],
    },
    # ------------------------------------------------------------------ 14 phone insurance claim, ASR, US
    {
        "call_id": "blind_14",
        "notes": "phone protection claim denied (ASR style, US); customer blamed for the date, plan terms read, "
        "can't resubmit, sent to the claims partner's number (who sent her here), 'a them problem', "
        "'no need to get an attitude', supervisor refused via the survey",
        "worst": True,
        "asr": True,
        "agent": "A-201",
        "customer": "C-1005",
        "lines": [
            A("thank you for calling vantage wireless device protection this is tyler how can i help you"),
            C(
                "hey yeah so my phone screen cracked last week and i filed a claim on your app and then it just said "
                "claim denied with no reason"
            ),
            A("ok can i get the phone number on the account"),
            C("yeah its three one two five five five oh one eight eight"),
            A(
                "ok so i see the claim it was denied cuz the damage was reported more than fourteen days after the "
                "incident"
            ),
            C("no it wasnt it was like five days"),
            A(
                "well the date you put in the app says the twelfth so thats what the system went off if it was "
                "entered wrong thats kinda on you",
                "blame_shift",
            ),
            C("i didnt enter anything wrong i put the twentieth"),
            A(
                "as per the protection plan terms all claims must be filed within fourteen days and decisions made by "
                "our claims partner are final",
                "policy_recital",
            ),
            C("ok can you just resubmit it with the right date"),
            A("no i cant resubmit a denied claim i dont have access to that its locked on my side", "cant_language"),
            C("so who does"),
            A(
                "the claims partner is assure link youd have to call them on their number its eight hundred five five "
                "five oh one two three",
                "channel_redirect",
            ),
            C("i already called them yesterday and they told me to call you", "repeat_contact"),
            A("yeah they do that sometimes its a them problem not a us problem", "blame_shift"),
            C("this is so stupid honestly im calm im just really annoyed"),
            A(
                "ok well theres no need to get an attitude with me im just telling you how it works",
                "feeling_dismissal",
            ),
            C("wow ok can i get a supervisor please", "escalation_request"),
            A(
                "there arent any supervisors free right now but you can leave feedback in the survey at the end of "
                "the call",
                "channel_redirect",
            ),
            C("unbelievable bye"),
        ],
    },
    # ------------------------------------------------------------------ 15 lost baggage, UK
    {
        "call_id": "blind_15",
        "notes": "airline lost bag with a child's medication; ground handler blamed, hollow 'understand "
        "completely', tracing portal, Montreal Convention read out, senior request -> baggage claims, "
        "expenses form online, 'don't worry about that, it'll turn up'",
        "worst": True,
        "asr": False,
        "agent": "A-201",
        "customer": "C-1007",
        "lines": [
            A("Skyline Airways customer relations, Declan speaking, how may I help?"),
            C(
                "Hello. My suitcase didn't arrive on the flight from Malaga on Saturday, and it still hasn't turned "
                "up. I've got a reference from the desk at Gatwick."
            ),
            A("What's the file reference?"),
            C("L G W S K one two eight eight four."),
            A(
                "Okay. So baggage at Gatwick is handled by an outside ground-handling company, the tracing is theirs, "
                "not ours, we don't really have sight of it.",
                "blame_shift",
            ),
            C("But I flew with you. You lost it."),
            A(
                "I understand completely, madam, but the bag tracing system isn't something I can see into from "
                "customer relations.",
                "feeling_dismissal",
                "cant_language",
            ),
            C(
                "My daughter's medication is in that case. I've been ringing the Gatwick number since Saturday and "
                "nobody picks up.",
                "repeat_contact",
            ),
            A(
                "There's a tracing portal on our website where you can check the status yourself with that reference.",
                "channel_redirect",
            ),
            C("The portal says tracing in progress. That's all it has said for three days."),
            A(
                "Under the Montreal Convention a bag isn't considered lost until twenty-one days have passed, so at "
                "this stage it's still classed as delayed.",
                "policy_recital",
            ),
            C(
                "I don't need a lecture on conventions. I need the medication. Is there someone more senior I can "
                "talk to?",
                "escalation_request",
            ),
            A("I'll pass you through to the baggage claims team, they deal with essential items.", "transfer"),
            GAP(25),
            A("Baggage claims, Hannah speaking.", p="A-102"),
            C("Hi. I've just explained all of this to your colleague, but I'll say it again.", "repeat_contact"),
            A("I'm sorry you've had to repeat yourself. What's the file reference?", "apology", p="A-102"),
            C("L G W S K one two eight eight four. There's prescription medication in the case."),
            A(
                "Right. For essential items you'd need to buy replacements and submit the receipts through the "
                "expenses form online, and we'd review them afterwards.",
                "channel_redirect",
                p="A-102",
            ),
            C("She needs them tonight."),
            A(
                "Don't worry about that for now, the bag will probably turn up. They usually do.",
                "feeling_dismissal",
                p="A-102",
            ),
            C("Right. Thank you."),
        ],
        "transfers": 1,
    },
    # ------------------------------------------------------------------ 16 bank wire for house closing, US
    {
        "call_id": "blind_16",
        "notes": "credit union wire for a house closing; hold to check with the wire room, can't speed the "
        "second sign-off, customer asks for a supervisor who takes over and approves it herself, emails the "
        "reference; 'I completely understand' followed by action (not labelled)",
        "worst": False,
        "asr": False,
        "agent": "A-201",
        "customer": "C-1009",
        "lines": [
            A(
                "Thank you for calling Pinecrest Credit Union, this is Marcus, who do I have the pleasure of speaking "
                "with?"
            ),
            C(
                "Hi, this is Theresa Gomez. I'm trying to wire the down payment for my house and your online banking "
                "keeps blocking it. Closing is tomorrow morning."
            ),
            A(
                "Oh wow, okay, that's time sensitive, let's see what's going on. Can you verify the last four of your "
                "Social?"
            ),
            C("Eight two two one."),
            A(
                "Thank you, Theresa. So the wire's been flagged by our fraud screening because it's a large amount to "
                "a new payee. Let me put you on a quick hold and check with the wire room what they need.",
                "hold",
            ),
            C("Okay."),
            HOLD(40),
            A(
                "Sorry for the wait. So the wire room needs a verbal confirmation from you, and then a second "
                "sign-off.",
                "apology",
            ),
            C("Fine, I'll confirm whatever. Can it go today?"),
            A(
                "The cutoff for same-day wires is three p.m. eastern, and it's two forty now. Honestly, I don't know "
                "if we'll make it, a second sign-off can take a while and there's really not a lot I can do to speed "
                "that up.",
                "cant_language",
            ),
            C(
                "Look, if we miss closing I lose my rate lock. Is there a supervisor who can approve it faster?",
                "escalation_request",
            ),
            A(
                "I completely understand, closing's tomorrow. I'm going to hand you over to my supervisor, she can do "
                "the second sign-off herself. One second.",
                "transfer",
            ),
            GAP(14),
            A(
                "Hi Theresa, this is Denise, I'm the member services supervisor. Marcus filled me in, so you don't "
                "have to go over it again.",
                p="A-102",
            ),
            C("Oh, thank you."),
            A(
                "I just need you to confirm the receiving bank, the amount, and that you initiated this yourself.",
                p="A-102",
            ),
            C("Yes. First Federal Title, eighty-four thousand two hundred dollars, and yes, that's me."),
            A(
                "Perfect. I'm approving it myself right now, and I'll watch it until it clears so I know it's "
                "actually gone out before the cutoff.",
                "ownership",
                p="A-102",
            ),
            C("You are a lifesaver."),
            A(
                "It's released, two forty-eight. I'll also email you the Fed reference number once it posts, "
                "probably within the hour, so you can give it to your title company.",
                "follow_up_promise",
                p="A-102",
            ),
            C("Thank you both so much. Sorry I was short with Marcus earlier."),
            A("You weren't at all. Congratulations on the house!", p="A-102"),
        ],
        "transfers": 1,
    },
    # ------------------------------------------------------------------ 17 grocery missing bag, UK happy
    {
        "call_id": "blind_17",
        "notes": "grocery delivery missing a bag of cake ingredients; many hard negatives: no hold needed, no "
        "need to call anyone, won't pass you on, customer's sorry and 'first time I've had to ring'",
        "worst": False,
        "asr": False,
        "agent": "A-201",
        "customer": "C-1003",
        "lines": [
            A("Hiya, FreshCart, you're through to Josh, what can I do for you?"),
            C(
                "Hi Josh, right, it's not a big drama, and it's the first time I've had to ring you lot actually, but "
                "last night's delivery was missing a bag. No eggs, no butter, no flour, and I'm meant to be making my "
                "daughter's birthday cake today."
            ),
            A(
                "Oh no, not the cake ingredients! Sorry about that. Have you got your order number handy, or shall I "
                "find you by postcode?",
                "apology",
            ),
            C("Postcode's B S seven, four Q T."),
            A(
                "Lovely. Oh, I don't even need to put you on hold, it's right here in front of me. Yeah, the scan "
                "shows two bags out of three were delivered."
            ),
            C("Oh right. I did think the bag count looked a bit light."),
            A(
                "Definitely not something you should've had to spot. I'll refund those three items now, and I can do "
                "better than that, we've got a van out your way this afternoon, so I'm going to send the missing bits "
                "out to you myself, no charge.",
                "ownership",
            ),
            C("Oh my goodness, really? That would be amazing."),
            A("Absolutely. Does between two and three o'clock suit you?"),
            C("Perfect. Do I need to ring back to confirm or anything?"),
            A(
                "Nope, you don't need to call anyone, it's all booked from here. And I won't pass you on to the "
                "delivery team either, I've done it on my screen."
            ),
            C("Brilliant. Sorry, one more thing, the flour needs to be self-raising, not plain."),
            A("Noted, self-raising. I've put a note on for the picker."),
            C("You're a star."),
            A(
                "I'll send you a text when the van's on its way this afternoon, so you're not waiting around.",
                "follow_up_promise",
            ),
            C("Thanks Josh, that's made my day."),
            A("Happy baking, and sorry again for the mix-up. Have a good party.", "apology"),
        ],
    },
    # ------------------------------------------------------------------ 18 gym freeze, ASR, Australian
    {
        "call_id": "blind_18",
        "notes": "gym membership freeze for knee surgery (ASR style, Australian); 'can absolutely do that', "
        "won't quote the fine print and waives the fee, no need to go into the club, call before it ends",
        "worst": False,
        "asr": True,
        "agent": "A-202",
        "customer": "C-1006",
        "lines": [
            A("hi thanks for calling pulse fitness this is mia"),
            C("hey mia um im wanting to freeze my membership cuz ive done my knee and im having surgery next week"),
            A("oh no sorry to hear about your knee", "apology"),
            C("yeah its a bit of a pain literally"),
            A(
                "ha yeah i bet sorry youre going through that ok so i can absolutely do that for you whats your member "
                "number",
                "apology",
            ),
            C("its four oh oh nine one two"),
            A("got it and how long are you thinking"),
            C("the surgeon said about three months but i dunno maybe four"),
            A(
                "ok so normally the freeze is up to three months and theres a small fee but im not gonna quote the "
                "whole fine print at you ill waive the fee since its medical and set it for four months",
                "ownership",
            ),
            C("oh thats awesome thank you"),
            A(
                "no worries and ill give you a call a week before it ends to see how the knees going and whether you "
                "wanna extend",
                "follow_up_promise",
            ),
            C("legend do i have to fill in a form or go into the club or anything"),
            A("nah you dont have to go in anywhere its all done on my end youll just see the freeze on your app"),
            C("sweet sorry my last gym made me jump through so many hoops for this"),
            A("yeah nah we try not to do that"),
            C("cheers mia"),
            A("no worries ill email you the freeze confirmation tonight so youve got the dates", "follow_up_promise"),
            C("perfect thanks"),
            A("take care of that knee"),
        ],
    },
    # ------------------------------------------------------------------ 19 car insurance renewal, Australian
    {
        "call_id": "blind_19",
        "notes": "car insurance renewal jump; PDS read out, underwriting blamed, can't price match, customer "
        "asks for the boss -> loyalty team, hold, reinstates no-claims ('that's on us' is not blame), knocks "
        "off the rest herself, emails the certificate",
        "worst": False,
        "asr": False,
        "agent": "A-201",
        "customer": "C-1006",
        "agent_channel": "right",
        "lines": [
            A("Good afternoon, Coastline Insurance, Liam speaking."),
            C(
                "Hi Liam. I've got my renewal notice for the car insurance and it's gone up from nine hundred to "
                "fourteen hundred and sixty. No claims, same car, same address. What's going on?"
            ),
            A("Right, let me grab your policy. What's the policy number?"),
            C("C M P three three one nine oh four."),
            A(
                "Thanks. Yep, so premiums are calculated on a range of risk factors, including repair costs, claims in "
                "your postcode and reinsurance, and as outlined in your Product Disclosure Statement, the insurer may "
                "vary the premium at each renewal.",
                "policy_recital",
            ),
            C("Yeah, mate, I can read. I'm asking why it's gone up by five hundred bucks."),
            A(
                "The pricing's done by the underwriting team, not by us in customer service, so I've got no "
                "visibility of why.",
                "blame_shift",
            ),
            C("Okay, well, can you match what I'd pay elsewhere? I've got a quote for nine-fifty."),
            A(
                "Yeah, I can't price match. I'm not able to change the premium at all from here, that's just not "
                "something my screen lets me do.",
                "cant_language",
            ),
            C(
                "Then I want to talk to someone who can. Put me onto your boss, or whoever does the discounts.",
                "escalation_request",
            ),
            A("Fair enough. Our loyalty team can review the premium, I'll send you across to them now.", "transfer"),
            GAP(16),
            A("Hi, loyalty team, it's Shannon.", p="A-302"),
            C("Hi Shannon. Renewal's up five hundred bucks, and I've got a quote for nine-fifty elsewhere."),
            A(
                "Okay, let me have a look. Can you bear with me on hold for a minute while I run it through?",
                "hold",
                p="A-302",
            ),
            C("Yep."),
            HOLD(30),
            A(
                "Thanks for waiting. Look, I'm sorry about the shock of that renewal, nothing's changed on your side. "
                "Your no-claims discount had dropped off, that's on us, and with it back on you're at nine hundred and "
                "eighty.",
                "apology",
                p="A-302",
            ),
            C("Still thirty more than the other quote."),
            A(
                "Yep, leave it with me, I'll knock the thirty off myself so it's nine-fifty flat.",
                "ownership",
                p="A-302",
            ),
            C("Alright, deal."),
            A("Great. I'll email you the updated certificate by the end of today.", "follow_up_promise", p="A-302"),
            C("Cheers, Shannon."),
        ],
        "transfers": 1,
    },
    # ------------------------------------------------------------------ 20 streaming account locked, ASR, US
    {
        "call_id": "blind_20",
        "notes": "streaming subscription account locked (ASR style, US); can't unlock, trust and safety only by "
        "email with ID, hollow 'i get that', then credits a week herself ('i can do that') and checks Thursday; "
        "customer's 'can you get me to them' does not lead to a transfer",
        "worst": False,
        "asr": True,
        "agent": "A-302",
        "customer": "C-1002",
        "lines": [
            A("hi thanks for calling streamline plus support this is jordan"),
            C(
                "hi um so i cant log into my account it says my accounts been locked for suspicious activity and ive "
                "reset my password like three times"
            ),
            A("ok sorry about that lets see whats going on can i get the email on the account", "apology"),
            C("its mike dot t seventy eight at gmail"),
            A("ok so it looks like there were some logins from overseas so security locked it to protect you"),
            C("overseas i havent left ohio"),
            A("yeah so someone mighta got your password somehow"),
            C("great"),
            A(
                "so unlocking accounts is done by our trust and safety team i cant actually unlock it on my end",
                "cant_language",
            ),
            C("ok can you get me to them"),
            A(
                "yeah they dont take phone calls but you can email them at safety at streamline plus dot com with a "
                "photo of your id",
                "channel_redirect",
            ),
            C("a photo of my id for a streaming service thats kinda crazy"),
            A("i get that im just going off what the process is", "feeling_dismissal"),
            C("ok and how long does that take cuz im paying for this and i cant use it"),
            A("usually like three to five business days"),
            C("can you at least not charge me for the time its locked"),
            A("oh yeah for sure i can do that ill put a weeks credit on your account right now", "ownership"),
            C("ok thanks thats something"),
            A(
                "and ill check on the ticket on thursday and email you if trust and safety havent gotten back to you",
                "follow_up_promise",
            ),
            C("alright thanks jordan"),
        ],
    },
    # ------------------------------------------------------------------ 21 hotel non-refundable, formal
    {
        "call_id": "blind_21",
        "notes": "hotel non-refundable rate, mother in hospital; rate conditions read out twice (incl. a "
        "chargeback warning), hollow 'I do appreciate that', can't move dates, travel insurance, hotels "
        "blamed, manager request -> website form, 'no need to take it personally'; 'regrettably' is not an "
        "apology",
        "worst": True,
        "asr": False,
        "agent": "A-102",
        "customer": "C-1007",
        "lines": [
            A("Good morning, Ambleside Collection reservations, this is Philippa speaking. How may I assist you?"),
            C(
                "Good morning. I had to cancel a three-night stay at your Windermere property because my mother was "
                "taken into hospital. I cancelled six days before arrival and I've been charged the full amount, six "
                "hundred and thirty pounds."
            ),
            A("May I take the booking reference?"),
            C("A C W seven seven one four two."),
            A(
                "Thank you. I can see this was booked at our Advance Purchase rate. As stated in the rate conditions "
                "you accepted at the time of booking, Advance Purchase reservations are fully prepaid, non-refundable "
                "and non-amendable.",
                "policy_recital",
            ),
            C("I understand that, but these are exceptional circumstances. I can provide a letter from the hospital."),
            A(
                "I do appreciate that, Mrs Carter. Regrettably, there's nothing I'm able to do about the charge.",
                "feeling_dismissal",
                "cant_language",
            ),
            C("Could the booking at least be moved to later in the year?"),
            A(
                "No, I'm unable to move the dates on that rate. The only route would be your travel insurance, you'd "
                "need to claim through them directly.",
                "cant_language",
                "channel_redirect",
            ),
            C(
                "I don't have travel insurance for a break in the Lakes. Honestly, I've written to the hotel twice "
                "already and had no reply.",
                "repeat_contact",
            ),
            A(
                "The hotels don't handle refunds themselves, that's all done centrally by the revenue team, so the "
                "emails wouldn't have gone anywhere.",
                "blame_shift",
            ),
            C("Then can I speak to someone in the revenue team, or a manager?", "escalation_request"),
            A(
                "The revenue team don't take calls directly, but you can submit a goodwill request through the contact "
                "form on our website, and they aim to respond within twenty-eight days.",
                "channel_redirect",
            ),
            C("Twenty-eight days. Right."),
            A(
                "I'd also remind you that under our terms, any chargeback raised with your card provider may result "
                "in your guest account being closed.",
                "policy_recital",
            ),
            C("Is that a threat?"),
            A(
                "Not at all, madam, there's no need to take it personally, I'm simply letting you know the terms.",
                "feeling_dismissal",
            ),
            C("Goodbye."),
        ],
    },
    # ------------------------------------------------------------------ 22 pharmacy dispensing error
    {
        "call_id": "blind_22",
        "notes": "online pharmacy sent the wrong strength; apology, hold to check the record, 'our error, not "
        "yours or your GP's' (not blame), courier swap so nothing to post back, transfer to the pharmacist who "
        "apologises and rings tomorrow",
        "worst": False,
        "asr": False,
        "agent": "A-101",
        "customer": "C-1003",
        "lines": [
            A(
                "Good afternoon, Wellmead Pharmacy online, you're speaking with Aaron, one of the dispensing "
                "assistants."
            ),
            C(
                "Hello. I've just opened my delivery and the label says sertraline one hundred milligrams. My "
                "prescription's fifty. I haven't taken any yet, and this is the first time anything like this has "
                "happened."
            ),
            A(
                "Thank you for checking before taking any, that's really important. I'm very sorry, that should never "
                "have happened. Can I take your name and date of birth?",
                "apology",
            ),
            C("Nadia Rahman, twenty-ninth of November, nineteen ninety."),
            A(
                "Thank you, Ms Rahman. Let me pull up the dispensing record. Can I pop you on hold while I check it "
                "against your prescription?",
                "hold",
            ),
            C("Yes."),
            HOLD(26),
            A(
                "Thanks for holding. You're right, the prescription is for fifty milligrams and the wrong strength "
                "was picked. That's our error entirely, not yours or your GP's, and I'm going to sort the replacement "
                "out myself today.",
                "ownership",
            ),
            C("Okay. I was just a bit worried, I run out of my old ones tomorrow."),
            A(
                "Of course, I completely understand. I'm arranging a same-day courier with the correct fifty "
                "milligram tablets, and the driver will collect the wrong ones at the same time, so you don't need "
                "to post anything back."
            ),
            C("That's great, thank you."),
            A(
                "Because it's a dispensing error, I'd also like our pharmacist to speak with you, just to check "
                "you're okay and answer any questions. I'll put you through to her now, if that's alright?",
                "transfer",
            ),
            C("Yes, that's fine."),
            GAP(12),
            A(
                "Hello Ms Rahman, it's Grace, the responsible pharmacist. Aaron's told me what happened, and I want "
                "to apologise as well.",
                "apology",
                p="A-302",
            ),
            C("Thank you. I haven't taken any, so I think I'm fine."),
            A(
                "That's good. Even if you had, one tablet at that strength wouldn't have done you harm, but it's "
                "absolutely right that you checked. I'm reporting the error internally so we can stop it happening "
                "again.",
                p="A-302",
            ),
            C("I appreciate that."),
            A(
                "I'll give you a ring tomorrow morning to make sure the courier reached you and the new tablets are "
                "right.",
                "follow_up_promise",
                p="A-302",
            ),
            C("Thank you, that's very reassuring."),
        ],
        "transfers": 1,
    },
    # ------------------------------------------------------------------ 23 prepayment meter, ASR, Scottish
    {
        "call_id": "blind_23",
        "notes": "prepayment energy meter top-up lost (ASR style, Scottish); shop terminal blamed, 'no need to "
        "panic', sheepish sorry, emergency credit + manual top-up by the agent, can't speed the 24 h, customer "
        "rang last month, call back tomorrow",
        "worst": False,
        "asr": True,
        "agent": "A-302",
        "customer": "C-1001",
        "agent_channel": "right",
        "lines": [
            A("hello youre through to northern glow energy my names stacey"),
            C(
                "aye hiya i topped up my meter with twenty pound this morning at the shop and the credits no gone on "
                "and ive got no heating and two wee ones in the house"
            ),
            A("oh no im sorry to hear that can i take your meter number", "apology"),
            C("its nine eight one seven seven two four three"),
            A(
                "ok so that top up is showing on our side but it looks like the pay zone terminal at the shop didnt "
                "send it through properly thats a fault at their end not ours",
                "blame_shift",
            ),
            C("i dont care whose end its on i need the heating on"),
            A("ok well theres no need to panic", "feeling_dismissal"),
            C("im no panicking im freezing"),
            A("right ok fair enough sorry", "apology"),
            A(
                "so what i can do is put emergency credit on for you now thats ten pound and ill get the twenty pound "
                "top up pushed through manually myself",
                "ownership",
            ),
            C("right how long will that take"),
            A(
                "the emergency credit should show in a couple of minutes if you press a then enter on the meter and "
                "the manual top up can take up to twenty four hours cuz it goes through the payments team"
            ),
            C("twenty four hours"),
            A("yeah that twenty four hours i cant speed up its out of my hands", "cant_language"),
            C("ok and i rang about this last month as well same thing same shop", "repeat_contact"),
            A(
                "ah right ok ill put a note on and ill call you back tomorrow morning to make sure the twenty pound "
                "has landed",
                "follow_up_promise",
            ),
            C("alright cheers"),
        ],
    },
    # ------------------------------------------------------------------ 24 council bulky waste, Northern UK
    {
        "call_id": "blind_24",
        "notes": "council bulky waste collection missed; apology, hold to check with the depot, 'that's not on "
        "you' (not blame), customer mentions she'd normally ask for a manager (not a request), agent won't "
        "transfer and rebooks herself, rings the depot Thursday",
        "worst": False,
        "asr": False,
        "agent": "A-102",
        "customer": "C-1001",
        "lines": [
            A("Hello, Calderbrook Council contact centre, Nadine speaking."),
            C(
                "Hiya love, I booked a bulky waste collection for a sofa and a fridge last Wednesday, paid thirty-five "
                "pound, and nobody came. It's still sat on my front garden."
            ),
            A("Oh, that's not good at all, sorry about that. Have you got the booking reference?", "apology"),
            C("I have, it's B W two two six zero one."),
            A(
                "Thank you. I'm just going to check with the depot what happened. Is it alright if I put you on hold "
                "for a couple of minutes?",
                "hold",
            ),
            C("Go on then."),
            HOLD(33),
            A(
                "Sorry to keep you. Right, the crew marked it as no access, but I can see from your notes it was out "
                "front, so that's not on you at all.",
                "apology",
            ),
            C(
                "No access? It's on the front lawn, they couldn't miss it! Normally I'd be asking for your manager by "
                "now, but you're being good, so go on."
            ),
            A(
                "Ha, thank you. Now, normally I'd have to put you through to the waste team to rebook, but I won't do "
                "that, I'll stay on and rebook it myself.",
                "ownership",
            ),
            C("Ooh, lovely."),
            A("I've got Friday morning, and I've flagged it as a priority re-collection, so there's no extra charge."),
            C("Friday's grand. And they will take the fridge?"),
            A(
                "They will, yes, fridges are fine. I'll also ring the depot supervisor on Thursday afternoon to make "
                "sure it's on the crew's sheet.",
                "follow_up_promise",
            ),
            C("You're a diamond. I was expecting to be passed from pillar to post."),
            A("Not today! Anything else I can help with?"),
            C("No, that's it, ta-ra love."),
        ],
    },
]

# calls rendered to audio (tests/eval/audio_blind)
AUDIO_CALLS = ["blind_04", "blind_07", "blind_12", "blind_13", "blind_14", "blind_17", "blind_21", "blind_23"]
