"""Source of truth for the train_e set: 30 labelled customer-service calls (tre_01 .. tre_30).

Each call is a dict; each line is a tuple (speaker, text, *labels) where speaker is "A" (agent) or
"C" (customer) and labels are moment kinds on that utterance. `build_train_e.py` turns this into
JSON (times, indices, transfers). A `hold` label is followed by a 15-40 s gap, a `transfer` label by
a 12-30 s gap. ASR-style calls are lowercase, unpunctuated, with a few plausible mishearings.
"""

CALLS = [
    # ------------------------------------------------------------------ tre_01
    dict(
        id="tre_01",
        pick=True,
        notes="US corporate: business broadband outage for four days; agent blames network ops and the "
        "wholesale provider, quotes the SLA, refuses supervisor and credit",
        lines=[
            (
                "A",
                "Thank you for calling Kestrel Broadband business support, this is Dana. May I have the account number?",
            ),
            (
                "C",
                "It's K as in kilo, four four nine two zero. Our office has been offline since Monday morning and this is the third time I'm calling about it.",
                "repeat_contact",
            ),
            (
                "A",
                "I'm sorry to hear that. Let me pull up the ticket history, bear with me on a short hold.",
                "apology",
                "hold",
            ),
            (
                "A",
                "Thank you for holding. Okay, I see the ticket. That outage is being worked by our network operations group, and frankly they've been slow on the handoff, so it's really sitting with them rather than with support.",
                "blame_shift",
            ),
            (
                "C",
                "I don't care who it's sitting with. Eleven people have been working off their phone hotspots since Monday. When is it fixed?",
            ),
            (
                "A",
                "There's no estimated restoration time on the ticket yet. The best place to track it is the service status page on our website, it refreshes every couple of hours.",
                "channel_redirect",
            ),
            ("C", "A status page. We're paying for a business line with a four hour response guarantee."),
            (
                "A",
                "Right, so the response commitment in the business service level agreement covers acknowledgement of the fault, not restoration, so technically that commitment was met on Monday.",
                "policy_recital",
            ),
            ("C", "That's absurd. I want to speak to a supervisor, please.", "escalation_request"),
            (
                "A",
                "I hear your frustration, but a supervisor is going to give you the same answer, so it wouldn't really change anything.",
                "feeling_dismissal",
            ),
            ("C", "Then what about a credit for the four days?"),
            (
                "A",
                "Outage credits get calculated automatically by the billing platform at the end of the cycle, that's not something I have any access to adjust from here.",
                "cant_language",
            ),
            ("C", "So nobody can tell me anything."),
            (
                "A",
                "Honestly the delay is upstream of us. The wholesale fiber provider owns that part of the route and they haven't given us a repair window.",
                "blame_shift",
            ),
            ("C", "Unbelievable. Fine. Put it on record that I asked for a supervisor."),
            ("A", "I've noted your request on the account. Is there anything else?"),
            ("C", "No. Nothing you've said has helped."),
            ("A", "Thanks for calling Kestrel."),
        ],
    ),
    # ------------------------------------------------------------------ tre_02
    dict(
        id="tre_02",
        pick=False,
        asr=True,
        notes="Australian, ASR: roaming bill shock after Bali; agent first puts it on the customer's handset, "
        "then apologises, applies the bill-shock cap and takes the case on",
        lines=[
            ("A", "gday youre through to helix mobile my names bree whats happening"),
            ("C", "yeah hi um i just got back from bali and my bill is like eight hundred bucks"),
            ("C", "for data roman which is insane cuz i had the travel pack on"),
            (
                "A",
                "right so looking at it the travel pack only covers partner networks and your phone jumped onto a non partner network over there so thats kind of on your handset settings",
                "blame_shift",
            ),
            ("C", "mate i didnt touch any settings how am i supposed to know what network its on"),
            ("A", "yeah fair call sorry thats a bit rough of me", "apology"),
            (
                "A",
                "look theres actually a bill shock cap in our roaming terms for exactly this so im gonna apply that now",
            ),
            ("C", "whats that mean in english"),
            (
                "A",
                "it means the most you pay for roaming in one month is a hundred and fifty dollars so the rest comes off",
            ),
            ("C", "oh wow ok thats heaps better"),
            (
                "A",
                "and honestly the network shouldve texted you a warning when you went over the pack and it didnt so thats our stuff up not yours",
            ),
            ("C", "too right"),
            ("A", "so ill take care of the whole thing myself you wont need to ring back or chase anyone", "ownership"),
            ("C", "legend when does it show up"),
            (
                "A",
                "the credit goes on tonight and ill send you a text tomorrow arvo to confirm the adjusted bill",
                "follow_up_promise",
            ),
            ("C", "sweet as thanks bree"),
            ("A", "no worries sorry again about the scare enjoy the rest of your week", "apology"),
            ("C", "cheers"),
        ],
    ),
    # ------------------------------------------------------------------ tre_03
    dict(
        id="tre_03",
        pick=True,
        notes="Nigerian English: satellite TV installer no-show after two earlier calls; agent blames the "
        "contractor, recites installation terms, transfers to a team lead who also deflects",
        lines=[
            ("A", "Good afternoon, welcome to StarDish Satellite, my name is Tunde, how may I help you?"),
            (
                "C",
                "Good afternoon. Please, I have been waiting for your installer since last week Thursday. I called on Friday, I called again on Monday, and each time they tell me he is coming.",
                "repeat_contact",
            ),
            ("A", "Okay, sorry about that ma. Can I have your smartcard number?", "apology"),
            ("C", "It is zero one two, seven seven three, four five one."),
            (
                "A",
                "Alright, I can see the booking. The installation is handled by our contractor in your area, and those contractors manage their own diaries, so when they don't show up it is from their side, not StarDish.",
                "blame_shift",
            ),
            ("C", "But I paid StarDish. I did not pay any contractor."),
            (
                "A",
                "I understand ma, but per the installation terms on your order, appointment times are estimates and we are not liable for a missed visit within the first fourteen days.",
                "feeling_dismissal",
                "policy_recital",
            ),
            ("C", "Fourteen days? I have taken two days off work already."),
            (
                "A",
                "What I would advise is to call the contractor directly, their number is on the SMS you received, they can give you a new slot.",
                "channel_redirect",
            ),
            (
                "C",
                "I have called that number. It rings and nobody picks. Let me talk to your supervisor abeg.",
                "repeat_contact",
                "escalation_request",
            ),
            ("A", "Okay, let me transfer you to my team lead. Please stay on the line.", "transfer"),
            ("A", "Hello, this is Chiamaka, team lead. I have the notes from Tunde."),
            ("C", "Good. So when is somebody coming?"),
            (
                "A",
                "Honestly, the booking screen doesn't show me the contractor's route, so I have no way to promise you a time today.",
                "cant_language",
            ),
            ("C", "So what are you people doing for me?"),
            ("A", "Please, there is no need to shout, I am trying to explain.", "feeling_dismissal"),
            ("C", "I am not shouting. I am tired."),
            (
                "A",
                "Our service charter allows installers up to twenty-one working days from the order date, so strictly we are still inside that period.",
                "policy_recital",
            ),
            (
                "A",
                "You can also track the appointment yourself on the StarDish app under My Orders.",
                "channel_redirect",
            ),
            ("C", "Okay. Thank you."),
        ],
    ),
    # ------------------------------------------------------------------ tre_04
    dict(
        id="tre_04",
        pick=True,
        asr=True,
        notes="Young US gamer, ASR: account banned by anti-cheat; agent blames the detection system, recites "
        "ToS, dismisses feelings, refuses manager and points back to the appeal form",
        lines=[
            ("A", "hey thanks for calling vortex games player support this is kai"),
            ("C", "yo hey so my account got banned like out of nowhere"),
            ("C", "and i literally didnt do anything i was just playing ranked"),
            (
                "A",
                "ok lemme look yeah so it says it was flagged by the anti cheat it picked up a third party program running",
            ),
            ("C", "the only thing i had open was this cord bro"),
            (
                "A",
                "yeah so the anti cheat is automated and it makes those calls on its own so its not really a support thing its the detection system that did it",
                "blame_shift",
            ),
            ("C", "ok but can you just like unban it"),
            (
                "A",
                "under section four point two of the terms of service any account flagged for unauthorized software is suspended for thirty days with no exceptions",
                "policy_recital",
            ),
            ("C", "thirty days thats so unfair i paid for the battle pass"),
            ("A", "dude theres no need to get all heated about it its just a game", "feeling_dismissal"),
            ("C", "its not just a game i spent like sixty dollars"),
            (
                "A",
                "i mean the battle pass isnt refundable either per the purchase terms you agreed to when you bought it",
                "policy_recital",
            ),
            ("C", "can i talk to like your manager or someone", "escalation_request"),
            (
                "A",
                "theres not really a manager line for bans honestly i dont have any way to override the anti cheat",
                "cant_language",
            ),
            (
                "A",
                "what you can do is submit a ban appeal on the support site theres a form under account issues",
                "channel_redirect",
            ),
            ("C", "i already did the appeal form on sunday and it just auto closed", "repeat_contact"),
            ("A", "then youd have to put in another one on the site", "channel_redirect"),
            ("C", "this is trash man"),
            ("A", "alright anything else i can help with"),
        ],
    ),
    # ------------------------------------------------------------------ tre_05
    dict(
        id="tre_05",
        pick=False,
        notes="US casual: photo-editing subscription charged twice; agent accepts the fault, refunds on the "
        "spot and promises a renewal check",
        lines=[
            ("A", "Hi, thanks for calling Lumen Studio, I'm Marcus. What can I do for you today?"),
            (
                "C",
                "Hey Marcus. So I got charged twice for my annual plan. Two hundred and forty bucks, twice. My bank flagged it, honestly I thought it was fraud at first.",
            ),
            ("A", "Oh no, I'm really sorry, that's a lot of money to have tied up. Let's get that sorted.", "apology"),
            ("C", "Yeah. I'm kind of annoyed, and my bank's been useless about it too."),
            ("A", "Totally fair. Can you give me the email on the account?"),
            ("C", "It's jen dot ortiz at mailbox dot com."),
            (
                "A",
                "Got it. Okay, I see both charges on the third. Our checkout retried the payment after a timeout and took it twice. That's our mistake, you didn't do anything wrong.",
            ),
            ("C", "Okay, good to know I'm not crazy."),
            (
                "A",
                "Not at all. Our billing team usually handles reversals, but I don't want you bouncing between people, so I'm going to own this one and process the refund myself right now.",
                "ownership",
            ),
            ("C", "Oh, awesome."),
            (
                "A",
                "Done. The refund's gone through on my side. Your bank will show it within three to five business days.",
            ),
            ("C", "Do I need to do anything in the app?"),
            ("A", "Nope, nothing to do in the app or on the website, it's all handled."),
            ("C", "Sweet. And it won't happen again on renewal?"),
            (
                "A",
                "I've flagged the account so a retry won't double-bill you, and I'll look at it next Friday after the renewal batch runs and email you either way.",
                "follow_up_promise",
            ),
            ("C", "Perfect. Thanks Marcus, that was way easier than I expected."),
            ("A", "Happy to help. Sorry again for the hassle, Jen.", "apology"),
            ("C", "No worries, bye."),
        ],
    ),
    # ------------------------------------------------------------------ tre_06
    dict(
        id="tre_06",
        pick=False,
        asr=True,
        notes="South African, ASR: laptop screen flicker under warranty; hold to check, agent logs the repair "
        "himself, transfers to the store tech desk for a loan laptop",
        lines=[
            ("A", "morning youre speaking to thandi at techhaven support how can i help"),
            ("C", "morning thandi ja my laptop screen has gone all flickery and its only eight months old"),
            ("C", "i bought it at your store in rosebank"),
            ("A", "shame sorry man thats annoying can i get the cereal number on the bottom", "apology"),
            ("C", "its c n eight four seven two x"),
            ("A", "ok just bear with me ill pop you on hold while i check the warranty status", "hold"),
            (
                "A",
                "thanks for holding so its still under the manufacturers warranty and the warranty terms cover screen faults so this is a straightforward one for us",
            ),
            ("C", "lekker so what now"),
            ("A", "normally youd have to book it in with the manufacturer yourself but im not gonna make you do that"),
            (
                "A",
                "ill log the repair myself and courier it from our side so you dont lose the whole week",
                "ownership",
            ),
            ("C", "ag thats amazing thank you"),
            ("C", "but i actually need a loan laptop im writing exams"),
            (
                "A",
                "right loan units sit with our in store tech desk ill put you straight through to them theyll sort one for you",
                "transfer",
            ),
            ("A", "hi this is pieter at the rosebank tech desk thandi filled me in"),
            ("C", "hi pieter i need a loan laptop till mine comes back"),
            (
                "A",
                "no problem leave the loan with me ive got one ready you can fetch it tomorrow after ten and ill whatsapp you when its charged",
                "ownership",
                "follow_up_promise",
            ),
            ("C", "shot thanks so much"),
            ("A", "pleasure good luck with the exams"),
        ],
    ),
    # ------------------------------------------------------------------ tre_07
    dict(
        id="tre_07",
        pick=True,
        notes="Terse US customer: meditation app charged after cancelling; agent blames Apple and the "
        "customer, recites subscription terms, redirects to Apple and offers the survey instead of a supervisor",
        lines=[
            ("A", "Stillwater support, this is Avery, how can I help you today?"),
            ("C", "Cancelled my subscription. Still got charged. Want the money back."),
            ("A", "I'm sorry to hear that. Was the subscription purchased through the iPhone app?", "apology"),
            ("C", "Yes."),
            (
                "A",
                "Okay, so in-app purchases are processed by Apple, not by us, so the charge is really on their side.",
                "blame_shift",
            ),
            ("C", "I cancelled in your app."),
            (
                "A",
                "Right, and cancelling only stops renewals after the current period ends, that's in the subscription terms shown at checkout, so this period isn't eligible for a refund.",
                "policy_recital",
            ),
            ("C", "Cancelled before it renewed."),
            (
                "A",
                "From what I can see the cancel request reached us a day after the renewal, so it probably wasn't completed properly on your phone.",
                "blame_shift",
            ),
            ("C", "It was. Have a screenshot."),
            (
                "A",
                "I don't have any way to look at screenshots or issue refunds for Apple billing from this desk.",
                "cant_language",
            ),
            ("C", "So who does."),
            ("A", "You'd need to go to reportaproblem dot apple dot com and request it there.", "channel_redirect"),
            ("C", "Already did. They said contact you.", "repeat_contact"),
            (
                "A",
                "I get that it's annoying, but the App Store is the only place that can reverse it, so that's really where it has to go.",
                "feeling_dismissal",
                "channel_redirect",
            ),
            ("C", "Supervisor.", "escalation_request"),
            (
                "A",
                "A supervisor would give you the same answer, but you're welcome to leave feedback in the survey after the call.",
                "channel_redirect",
            ),
            ("C", "Useless."),
            ("A", "Have a good day."),
        ],
    ),
    # ------------------------------------------------------------------ tre_08
    dict(
        id="tre_08",
        pick=False,
        asr=True,
        notes="Rambling older US caller, ASR: broadband move order never completed after two calls; two holds, "
        "agent admits the miss, stays on it, books a tech and a reminder call",
        lines=[
            ("A", "thank you for calling pinnacle fiber this is rosa how can i help you today"),
            (
                "C",
                "oh hi rosa yes so um we moved houses its been about two weeks now well my daughter did most of the moving honestly",
            ),
            (
                "C",
                "and i called you folks before we moved to set up the internet at the new place and i called again last wednesday cuz nothing happened",
                "repeat_contact",
            ),
            ("A", "oh im so sorry youve had to call more than once let me see what happened there", "apology"),
            ("C", "and my husband he says its cuz we didnt return the old box but i think we did i think it went back"),
            ("A", "ok lemme check that can i put you on a short hold while i look at the order", "hold"),
            (
                "A",
                "thank you for waiting so you did return the old box it got logged on the ninth and the move order was just never finished on our end",
            ),
            ("A", "thats a miss by us and i want to apologize for that", "apology"),
            ("C", "oh well thats a relief i thought i was going crazy"),
            (
                "A",
                "youre not at all so heres what im gonna do im gonna stay on this with you and get the new address active before we hang up",
                "ownership",
            ),
            ("C", "oh bless you"),
            (
                "A",
                "i need to get a technicians lot so let me hold you one more time while i talk to scheduling",
                "hold",
            ),
            ("A", "ok thanks for hanging on i got thursday morning between eight and noon does that work"),
            ("C", "thursday yes well be home were always home"),
            (
                "A",
                "great and ill call you wednesday evening to make sure everything is still on for thursday",
                "follow_up_promise",
            ),
            ("C", "oh thats very kind and um do i need to do anything with the box"),
            ("A", "no youre all set the tech brings a new one you dont need to go to a store or anything"),
            ("C", "wonderful thank you rosa youve been a doll"),
            ("A", "my pleasure have a good rest of your day"),
        ],
    ),
    # ------------------------------------------------------------------ tre_09
    dict(
        id="tre_09",
        pick=False,
        notes="Australian corporate: number port stuck on the losing carrier; agent blames the old carrier but "
        "chases it personally and warm-transfers to a porting specialist who lodges a dispute",
        lines=[
            ("A", "Good morning, you've reached Southern Cross Telecom business porting, my name's Lachlan."),
            (
                "C",
                "Morning Lachlan. Callum Reid from Reid and Associates. We're porting eight numbers across to you and two of them have been stuck for three days.",
            ),
            ("A", "Apologies for the delay, Callum. Let me bring up the port request.", "apology"),
            ("C", "Appreciate it."),
            (
                "A",
                "Right, so the two that are stuck are waiting on a release from your previous carrier. They've rejected it twice saying the account number doesn't match, and honestly they're notorious for this.",
                "blame_shift",
            ),
            ("C", "The account number's correct, I copied it straight off their invoice."),
            (
                "A",
                "No, I believe you. I'm not going to send you back to them, I'll chase this one personally.",
                "ownership",
            ),
            ("C", "Good, because I spent an hour on hold with them yesterday already.", "repeat_contact"),
            (
                "A",
                "I'd like to get our porting specialist on the line with you, she can lodge a dispute with the other carrier on the spot. I'll bring her in now.",
                "transfer",
            ),
            ("A", "Hi Callum, it's Priya from porting. Lachlan's given me the rundown."),
            ("C", "Hi Priya."),
            (
                "A",
                "The industry porting code gives the losing carrier two business days to answer a dispute, so I'm lodging it now and it can't sit past Thursday.",
            ),
            ("C", "And if they reject it again?"),
            (
                "A",
                "Then it comes to me as an escalated port, and I'll ring you Thursday afternoon with where it's at either way.",
                "follow_up_promise",
            ),
            ("C", "Fine. That's more than I got yesterday."),
            (
                "A",
                "One thing, please don't cancel the old service in the meantime, that would drop the numbers altogether.",
            ),
            ("C", "Noted."),
            ("A", "Great. The dispute's lodged, you'll get an automatic reference by email shortly."),
            ("C", "Thanks Priya."),
        ],
    ),
    # ------------------------------------------------------------------ tre_10
    dict(
        id="tre_10",
        pick=True,
        asr=True,
        notes="Nigerian, ASR: satellite TV price rise without notice; agent recites the subscriber agreement, "
        "blames the SMS network, dismisses, transfers to complaints who recites the regulator and redirects",
        lines=[
            ("A", "welcome to stardish this is emeka how may i help you"),
            ("C", "good evening emeka this is the second time i am calling this week", "repeat_contact"),
            ("C", "my subscription was increased from eight thousand naira to eleven thousand without any notice"),
            (
                "A",
                "ok sir the new prices took effect on the first of the month as per the price review clause in the subscriber agreement so the increase is valid",
                "policy_recital",
            ),
            ("C", "but nobody informed me"),
            (
                "A",
                "the notice went out by sms and email and according to our terms a notice published thirty days before is considered delivered",
                "policy_recital",
            ),
            ("C", "i did not receive any sms"),
            (
                "A",
                "sir that one is from your network provider if the sms did not deliver it is their issue not ours",
                "blame_shift",
            ),
            ("C", "this is not fair then let me downgrade to the lower package without paying the eleven thousand"),
            (
                "A",
                "i cannot do a downgrade in the middle of the month the system does not allow it from here",
                "cant_language",
            ),
            ("C", "then let me speak with your manager", "escalation_request"),
            (
                "A",
                "sir please calm down there is nothing to be angry about it is only three thousand",
                "feeling_dismissal",
            ),
            ("C", "dont tell me to calm down i said i want your manager", "escalation_request"),
            ("A", "ok sir i will transfer you to the complaints desk", "transfer"),
            ("A", "complaints desk good evening this is ngozi speaking"),
            ("C", "ngozi i want my old price back i have explained this to two people already", "repeat_contact"),
            (
                "A",
                "sir the commission permits operators to review tariffs once a year and we gave the required notice so the eleven thousand stands",
                "policy_recital",
            ),
            ("C", "so i should just pay"),
            (
                "A",
                "you can write a formal complaint to the email on our website and it will be reviewed",
                "channel_redirect",
            ),
            ("C", "email that nobody will reply"),
            (
                "A",
                "or you can walk into any stardish office with your smart cart they will attend to you",
                "channel_redirect",
            ),
            ("C", "ok i have heard"),
        ],
    ),
    # ------------------------------------------------------------------ tre_11
    dict(
        id="tre_11",
        pick=False,
        notes="Young US caller: game membership auto-renewed on mum's card; hold, agent owns the confusing "
        "flow, uses the refund window to refund at once, emails the receipt",
        lines=[
            ("A", "Hey, thanks for calling Nexus Play, this is Jordan, what's going on?"),
            (
                "C",
                "Hi, um, so my mom's card got charged for Nexus Play Ultimate and I'm pretty sure I turned auto-renew off. She's kind of mad.",
            ),
            (
                "A",
                "Ah, sorry, that's never a fun conversation to have at home. Let me look into it, can you hold for me for a minute?",
                "apology",
                "hold",
            ),
            (
                "A",
                "Thanks for holding. So auto-renew was switched off, then it got switched back on when the free trial game was claimed. That's a confusing flow on our side, honestly, it's not your fault.",
            ),
            ("C", "Wait, so I did it by claiming the game?"),
            (
                "A",
                "Kinda, but you shouldn't have had to read the tiny print to know that. Good news is our terms give a fourteen-day refund window on renewals that haven't been used, and you haven't played since, so I've already put the refund through.",
            ),
            ("C", "Oh, seriously? That's it?"),
            ("A", "That's it. I'm not going to walk you through the whole subscription agreement, it's done."),
            ("C", "My mom's gonna ask when it comes back."),
            (
                "A",
                "Tell her five to seven business days on the card. I'll also email you the refund receipt tonight so she can see it in writing.",
                "follow_up_promise",
            ),
            ("C", "Okay, cool. Can you also stop it renewing again?"),
            ("A", "Yep, auto-renew is off now, and I've locked it so claiming offers won't flip it back."),
            ("C", "Thank you so much."),
            (
                "A",
                "And if anything looks weird on the next statement, call and ask for me, Jordan, and I'll sort it out personally.",
                "ownership",
            ),
            ("C", "Okay. Thanks, Jordan."),
            ("A", "Sure thing, have a good one."),
        ],
    ),
    # ------------------------------------------------------------------ tre_12
    dict(
        id="tre_12",
        pick=True,
        asr=True,
        notes="Australian, ASR: daily broadband dropouts after three calls; agent blames the wholesale network "
        "and a colleague, recites the fault policy, redirects to the website and complaint form",
        lines=[
            ("A", "thanks for calling outback net youre speaking with shane"),
            (
                "C",
                "yeah shane its gaz ive rung three times about the internet dropping out every arvo",
                "repeat_contact",
            ),
            ("C", "like every day from about four its just gone"),
            (
                "A",
                "right ok so ive had a look and the line tests fine from our end so the problem is somewhere on the n b n side",
                "blame_shift",
            ),
            ("C", "but i pay you not the n b n"),
            (
                "A",
                "yeah i get it mate but we dont own the infrastructure we just resell it so theres only so much i can do",
                "feeling_dismissal",
                "cant_language",
            ),
            ("C", "so get them out then"),
            (
                "A",
                "under our fault policy a technician only gets booked once the customer has finished the shelf help checklist",
                "policy_recital",
            ),
            ("A", "so youll need to go through that on the website its under help then drop outs", "channel_redirect"),
            ("C", "i did the checklist last week with the other bloke on the phone", "repeat_contact"),
            ("A", "theres no record of it on here so it probably wasnt saved by whoever you spoke to", "blame_shift"),
            ("C", "oh for gods sake"),
            ("A", "no need to get cranky with me mate im just telling you how it works", "feeling_dismissal"),
            ("C", "i want to talk to someone above you", "escalation_request"),
            (
                "A",
                "team leaders are all in a meeting but you can lodge a complaint through the online form",
                "channel_redirect",
            ),
            ("C", "unreal"),
            ("A", "sorry i cant do more today", "apology", "cant_language"),
            ("C", "yeah whatever"),
        ],
    ),
    # ------------------------------------------------------------------ tre_13
    dict(
        id="tre_13",
        pick=False,
        notes="US corporate: accounting SaaS billed for unused seats; agent recites the master agreement, "
        "supervisor takes over, apologises, uses the goodwill clause and takes the bug on",
        lines=[
            ("A", "Thank you for calling Ledgerly, this is Patricia. How can I assist you?"),
            (
                "C",
                "Hi Patricia. Our firm was charged for twelve seats on renewal, we only have seven staff. I'd like the five unused seats refunded.",
            ),
            (
                "A",
                "Certainly, let me look. Okay, I see the renewal on the fifteenth. Per the annual plan terms, seat counts lock at renewal and reductions only take effect at the next renewal date.",
                "policy_recital",
            ),
            ("C", "We reduced seats in the admin panel two weeks before renewal."),
            (
                "A",
                "I understand, however section six of the master subscription agreement states that seat changes must be submitted as a written request to account management, so changes in the admin panel aren't binding.",
                "feeling_dismissal",
                "policy_recital",
            ),
            (
                "C",
                "That's absurd. The panel literally has a button for it. I'd like to speak to your supervisor.",
                "escalation_request",
            ),
            (
                "A",
                "Of course. I'll bring my supervisor in and explain the situation to her first, so you don't need to go through it all again.",
                "transfer",
            ),
            ("A", "Hello, this is Denise, I supervise the billing team. Patricia's briefed me."),
            ("C", "Good. So?"),
            (
                "A",
                "You're right, the admin panel should have either worked or warned you, and it did neither. I'm sorry.",
                "apology",
            ),
            (
                "A",
                "The agreement does allow us a goodwill adjustment where the product misleads a customer, so I'm applying a credit for five seats right now.",
            ),
            ("C", "Thank you. That's all I wanted."),
            (
                "A",
                "And I'm personally going to get that admin button fixed or relabelled, I'm not letting the next firm hit the same wall.",
                "ownership",
            ),
            ("C", "Appreciated."),
            (
                "A",
                "The credit note will be in your inbox within the hour, and I'll follow up next Monday to confirm the seat count is right on your account.",
                "follow_up_promise",
            ),
            ("C", "Sounds good."),
            ("A", "Thank you for your patience, and for pushing on it."),
            ("C", "Thanks Denise."),
        ],
    ),
    # ------------------------------------------------------------------ tre_14
    dict(
        id="tre_14",
        pick=False,
        asr=True,
        notes="South African, ASR: data bundle drained overnight; agent blames the phone, recites bundle terms, "
        "redirects to the app; a manager takes over, finds a billing fault, restores the data",
        lines=[
            ("A", "good day welcome to karoo mobile you are speaking to lerato"),
            ("C", "hi lerato i bought a ten gig data bungle on saturday and its finished already its tuesday"),
            (
                "A",
                "ok let me check so the usage shows the data was used mostly overnight so its probably apps updating on your phone that ate it",
                "blame_shift",
            ),
            ("C", "no man i had wifi at home my phone doesnt even use data at night"),
            (
                "A",
                "ja but the system only records what the phone pulls so if its showing usage then your phone used it",
                "blame_shift",
            ),
            ("C", "this happened last month too and i phoned and they said it would be investigated", "repeat_contact"),
            ("A", "i dont see any investigation on the profile"),
            (
                "A",
                "and data bundles are non refundable once activated thats in the bundle terms and conditions",
                "policy_recital",
            ),
            ("C", "so youre just going to take my money"),
            (
                "A",
                "i hear you but theres honestly nothing i can do on a used bundle",
                "feeling_dismissal",
                "cant_language",
            ),
            ("A", "you can download the karoo app and check the usage per app under the data tab", "channel_redirect"),
            ("C", "i dont need an app to tell me i didnt use it please can i speak to a manager", "escalation_request"),
            ("A", "ok hold on let me see if one is available", "hold"),
            (
                "A",
                "sorry for the wait my manager naledi is free im putting you through to her now",
                "apology",
                "transfer",
            ),
            ("A", "hi its naledi lerato told me about the bundle"),
            ("C", "ja ten gigs gone in three days and i was on wifi the whole time"),
            (
                "A",
                "ive looked at the tower logs and there was a billing fault on saturday night that charged data to customers who werent even using it thats our fault not your phone",
            ),
            (
                "A",
                "ill restore the full ten gigs now and im keeping this one on my desk till im sure its not happening again",
                "ownership",
            ),
            ("A", "ill sms you on friday once ive checked your usage for the week", "follow_up_promise"),
            ("C", "ok thank you thats more like it"),
            ("A", "and im sorry about how the first part of this call went", "apology"),
            ("C", "its fine thanks naledi"),
        ],
    ),
    # ------------------------------------------------------------------ tre_15
    dict(
        id="tre_15",
        pick=False,
        notes="US, older caller: antivirus won't uninstall; agent removes it over remote session (not a hold), "
        "refund refused on the 30-day policy, auto-renewal put on hold instead",
        lines=[
            (
                "A",
                "Thank you for contacting Sentinel Secure technical support, my name is Greg. Who am I speaking with?",
            ),
            (
                "C",
                "This is Harold Brenner. I can't get your program off my computer and it's slowing everything to a crawl.",
            ),
            ("A", "I'm sorry to hear that, Mr. Brenner, let's get it off for you.", "apology"),
            ("C", "I tried the uninstaller three times. It just says an error occurred."),
            (
                "A",
                "That uninstaller has a known bug since the last update, and our engineering team has a fix going into the next release. In the meantime I'll take care of the removal for you myself over a remote session, if that's alright.",
                "ownership",
            ),
            ("C", "I suppose so. What do I do?"),
            (
                "A",
                "Go to the web address I'll read out, enter the six digit code, and it gives me temporary access to your screen.",
            ),
            ("C", "Okay, it's asking me to allow. I've allowed it."),
            (
                "A",
                "Great, I can see your screen. I'm running the removal tool now, it takes about a minute, so you'll just see the mouse moving on its own.",
            ),
            ("C", "Fine."),
            ("A", "Okay, that's removed. Go ahead and restart, and tell me when it's back up."),
            ("C", "It's back. Much faster already."),
            ("C", "Now I also want my money back for the year. I don't want it."),
            (
                "A",
                "Our refund policy covers thirty days from purchase, and the licence was bought in March, so strictly it falls outside that window.",
                "policy_recital",
            ),
            ("A", "What I can do is put a hold on the auto-renewal so you're never charged for it again."),
            ("C", "Alright. I suppose that's something."),
            ("A", "It's done, and the system sends a cancellation confirmation to your email straight away."),
            ("C", "Very good. Thank you, Greg."),
            ("A", "You're welcome, Mr. Brenner, have a good afternoon."),
        ],
    ),
    # ------------------------------------------------------------------ tre_16
    dict(
        id="tre_16",
        pick=False,
        asr=True,
        notes="Young US caller, ASR: new phone arrived cracked; agent won't make her file a shipping claim, "
        "ships a replacement and handles the claim himself",
        lines=[
            ("A", "hi youve reached zenith wireless this is tay how can i help"),
            (
                "C",
                "hey so this is the first time ive ever had to call you guys but my new phone came yesterday and the screen is like cracked out the box",
            ),
            ("A", "oh no im sorry thats the worst", "apology"),
            ("C", "yeah and the box was all crushed too like the delivery guy sat on it or something"),
            ("A", "ugh well however it happened its on us to fix not on you"),
            ("C", "ok so can i just get a new one"),
            ("A", "yep so normally youd have to go through a carrier claim and file it with the shipper yourself"),
            (
                "A",
                "but im not doing that to you im gonna send a replacement today and deal with the shipper claim myself",
                "ownership",
            ),
            ("C", "wait fr thats so nice"),
            ("A", "can you hang on a sec im just gonna check which collars are in stock", "hold"),
            ("A", "ok thanks for waiting we have the blue one in stock so ill ship that overnight"),
            ("C", "blue is fine honestly"),
            ("C", "do i send the broken one back"),
            (
                "A",
                "yeah ill email you a return label tonight and the courier grabs the old one when they drop off the new one",
                "follow_up_promise",
            ),
            ("C", "perfect"),
            ("A", "and sorry again that your first day with it was a cracked screen", "apology"),
            ("C", "its ok thanks tay"),
            ("A", "np have a good night"),
        ],
    ),
    # ------------------------------------------------------------------ tre_17
    dict(
        id="tre_17",
        pick=False,
        notes="Terse Australian gamer: in-game crystals not delivered; first agent blames Google, recites EULA "
        "and redirects; payments agent finds it was their fault and credits the crystals",
        lines=[
            ("A", "Hi there, welcome to Ember Studios player care, I'm Jess."),
            ("C", "Bought two thousand crystals. Didn't get them."),
            ("A", "Sorry to hear that! Which platform did you buy them on?", "apology"),
            ("C", "Android. Google Play."),
            (
                "A",
                "Okay, so Play purchases are completed by Google's payment system and then passed to us, so if the crystals never landed it's usually a delay on Google's end.",
                "blame_shift",
            ),
            ("C", "It's been four days."),
            (
                "A",
                "Yeah, and I totally get that, but the way our store is set up I'm not actually able to add crystals to an account by hand.",
                "feeling_dismissal",
                "cant_language",
            ),
            ("C", "Then refund me."),
            (
                "A",
                "Refunds for Play Store purchases have to be requested from Google, through the order history in your Play account.",
                "channel_redirect",
            ),
            ("C", "Did that. Google says the purchase went through and to contact the developer.", "repeat_contact"),
            ("A", "Hmm. Then try restoring purchases yourself from the settings menu in the game.", "channel_redirect"),
            ("C", "Tried. Nothing."),
            (
                "A",
                "Right. Under our end user licence agreement, virtual currency has no cash value and we're not obliged to replace it.",
                "policy_recital",
            ),
            ("C", "Get me someone senior.", "escalation_request"),
            (
                "A",
                "Okay. I'll put you through to our payments team, they can see the raw transaction records.",
                "transfer",
            ),
            ("A", "Hi, Rhys from payments. Jess passed on the order number."),
            ("C", "And?"),
            (
                "A",
                "Found it. Google took the money and our server never logged the confirmation. That's a fault at our end, not Google's and not yours.",
            ),
            (
                "A",
                "Leave it with me, I'm adding the two thousand crystals myself right now plus a few hundred for the hassle, and sorry it took this long.",
                "ownership",
                "apology",
            ),
            ("C", "Okay. They're there."),
            (
                "A",
                "I'll also email you a receipt for the credit tonight so there's a record of it.",
                "follow_up_promise",
            ),
            ("C", "Cheers."),
        ],
    ),
    # ------------------------------------------------------------------ tre_18
    dict(
        id="tre_18",
        pick=False,
        asr=True,
        notes="Nigerian, ASR: router dead after a power surge (customer blames the utility); agent replaces it "
        "without argument, books it herself, credits under the outage policy, promises a call",
        lines=[
            ("A", "good morning thank you for calling linkwave broadband my name is funmi"),
            ("C", "good morning funmi my internet has not been working since yesterday the rooter lights are all red"),
            ("C", "i think it is nepa that spoiled it when the light came back the thing just started blinking"),
            (
                "A",
                "ah sorry about that power surges can really damage these routers let me run a test on the line",
                "apology",
            ),
            ("C", "ok"),
            ("A", "the line is fine from the exchange so it is the router itself that has packed up"),
            ("A", "whether it was the power or not i am not going to argue about that with you we will replace it"),
            ("C", "ah thank you o i was thinking you will tell me to go and buy a new one"),
            ("A", "no no you do not need to go to any office or buy anything"),
            (
                "A",
                "i will book the replacement myself and i will make sure the technician brings it tomorrow",
                "ownership",
            ),
            ("C", "tomorrow what time because i work from home"),
            ("A", "the field team covers lucky on tuesdays and they start from nine"),
            ("A", "i will call you tomorrow by eight to confirm the technician is on his way", "follow_up_promise"),
            ("C", "that is very good"),
            ("C", "and the days i did not have network will i pay for them"),
            (
                "A",
                "our service credit policy gives a credit for any outage longer than twenty four hours so i have added two days credit to your account",
            ),
            ("C", "god bless you funmi"),
            ("A", "you are welcome have a nice day"),
        ],
    ),
    # ------------------------------------------------------------------ tre_19
    dict(
        id="tre_19",
        pick=False,
        notes="US corporate: SSO broken for 200 users after a vendor update; agent first blames the customer's "
        "IdP, checks on hold, admits the bug, takes the ticket and sets up a bypass",
        lines=[
            ("A", "Framewise enterprise support, this is Nathan speaking."),
            (
                "C",
                "Hi Nathan, this is Monica Chu, IT director at Halverson Group. None of our two hundred users can log in since this morning's update.",
            ),
            (
                "A",
                "Okay. Usually when single sign-on breaks after an update it's a certificate problem on the customer's identity provider, so I'd start by having your IT team check the configuration on your side.",
                "blame_shift",
            ),
            (
                "C",
                "I am the IT team. Our certificate is valid until next year and nothing changed on our side. Your status page says all green, by the way.",
            ),
            ("A", "Understood. Let me pull the logs, can I put you on hold for a couple of minutes?", "hold"),
            (
                "A",
                "Thanks for waiting. You're right, and I apologize. Our update changed how we read the signing certificate, and your tenant is one of several affected.",
                "apology",
            ),
            ("C", "So it's on you."),
            (
                "A",
                "It's on us. I'm taking this ticket myself and I'm not handing it off until your users are back in.",
                "ownership",
            ),
            ("C", "Good. What's the timeline?"),
            (
                "A",
                "Engineering is rolling the change back for affected tenants. I've flagged yours first in the queue since you're a full outage.",
            ),
            ("C", "We have a board presentation at two."),
            (
                "A",
                "Then in the meantime I can enable password login as a temporary bypass for your admins, so at least the presentation team can get in.",
            ),
            ("C", "Do that."),
            (
                "A",
                "Done, five admin accounts have temporary passwords, they'll get them by automated email in a minute.",
            ),
            ("C", "Okay, that helps."),
            (
                "A",
                "I'll call you at one o'clock with an update on the rollback whether it's finished or not.",
                "follow_up_promise",
            ),
            ("C", "Thank you, Nathan."),
            ("A", "And again, sorry about the morning you've had.", "apology"),
        ],
    ),
    # ------------------------------------------------------------------ tre_20
    dict(
        id="tre_20",
        pick=True,
        asr=True,
        notes="Young Australian, ASR: streaming app crashes on a smart TV; agent blames TV firmware twice, "
        "redirects to Samsung and the website, dismisses, recites the compatibility terms",
        lines=[
            ("A", "hi thanks for calling screen house support this is mia"),
            ("C", "hey so the app on my tv keeps crashing every time i open it"),
            ("C", "its a samsung like two years old"),
            (
                "A",
                "ok yeah so the crashing on those models is a samsung firmware thing not our app its their software",
                "blame_shift",
            ),
            ("C", "but netflix and everything else works fine on it"),
            (
                "A",
                "yeah the other apps are built different so we really cant do anything about their firmware from here",
                "cant_language",
            ),
            ("C", "ive already reinstalled it like four times and i emailed you guys on the weekend", "repeat_contact"),
            ("A", "yep so youd wanna contact samsung support theyve got a chat on their site", "channel_redirect"),
            ("C", "i literally did the samsung chat yesterday and they said its your app", "repeat_contact"),
            ("A", "honestly mate its their firm wear so thats where it needs fixing", "blame_shift"),
            ("C", "ok this is so annoying"),
            (
                "A",
                "theres no need to stress about it you can always watch on your phone in the meantime",
                "feeling_dismissal",
            ),
            ("C", "i pay for the tv plan though"),
            (
                "A",
                "the subscription terms say we only support the app on devices from the compatibility list and your model dropped off the list in march",
                "policy_recital",
            ),
            ("C", "so im paying for nothing"),
            (
                "A",
                "you can downgrade to the mobile plan in the account settings on our website if you want",
                "channel_redirect",
            ),
            ("C", "wow ok"),
            ("A", "anything else i can help with today"),
            ("C", "nah"),
        ],
    ),
    # ------------------------------------------------------------------ tre_21
    dict(
        id="tre_21",
        pick=False,
        notes="South African corporate: business fibre install stalled after four calls; agent holds, takes the "
        "wayleave on himself, hands to his manager who owns the order and sets a Friday call",
        lines=[
            ("A", "Good afternoon, Protea Fibre business desk, Sipho speaking."),
            (
                "C",
                "Afternoon Sipho. I'm calling for the fourth time about our fibre installation at the Stellenbosch office. Every time I'm told someone will phone back and nobody does.",
                "repeat_contact",
            ),
            (
                "A",
                "I'm really sorry, that's not good enough from us. Give me the order reference and I'll find out where it's stuck.",
                "apology",
            ),
            ("C", "It's P F dash nine nine one two."),
            ("A", "Thank you. Let me put you on hold for a moment while I look at the wayleave status.", "hold"),
            (
                "A",
                "Thanks for holding. The trenching's finished and what's outstanding is the city's wayleave for the last twenty metres, so I'm going to phone the municipal office myself this afternoon rather than wait on them.",
                "ownership",
            ),
            ("C", "And the three promised callbacks that never happened?"),
            ("A", "That's on us, plain and simple. Those callbacks should have happened and they didn't."),
            (
                "C",
                "Right. I'd still like to speak to your manager, I want this on someone's radar.",
                "escalation_request",
            ),
            ("A", "Absolutely, I'll bring in my team manager, Anele, and brief her before she joins.", "transfer"),
            ("A", "Good afternoon, it's Anele, I manage the business installations team. Sipho's filled me in."),
            ("C", "Hello Anele. Four calls, no date.", "repeat_contact"),
            (
                "A",
                "I've read the history and I'm sorry, the follow-ups were missed. I'm putting my name on this order as the escalation owner, so it comes to me until it's live.",
                "apology",
                "ownership",
            ),
            ("C", "Okay. That's what I wanted to hear."),
            (
                "A",
                "Sipho's calling the city today, and I'll phone you on Friday morning with a confirmed installation date.",
                "follow_up_promise",
            ),
            ("C", "Friday. I'll hold you to that."),
            ("A", "Please do. You have my direct number on the email that's going out automatically now."),
            ("C", "Thank you both."),
        ],
    ),
    # ------------------------------------------------------------------ tre_22
    dict(
        id="tre_22",
        pick=True,
        asr=True,
        notes="Young US gamer, ASR: controller stick drift at five months; agent blames the user and the chat "
        "team, recites the warranty, transfers to a warranty desk that repeats it and redirects to the store",
        lines=[
            ("A", "thank you for calling apex console support my name is derek can i get your serial"),
            ("C", "yeah its uh a x seven seven zero four one nine"),
            ("C", "so my controller has stick drift and its only like five months old"),
            ("A", "ok and has the controller been dropped or exposed to liquid"),
            ("C", "no"),
            (
                "A",
                "ok so a lot of times drift comes from heavy use and dust so its usually more of a how its being stored kinda thing",
                "blame_shift",
            ),
            ("C", "bro i keep it on the charging stan every night"),
            (
                "A",
                "well under the limited warranty wear and tear on the thumb sticks is considered normal use and isnt covered",
                "policy_recital",
            ),
            ("C", "drift isnt wear and tear its a defect everybody knows that"),
            (
                "A",
                "i understand but the warranty language is pretty clear on that",
                "feeling_dismissal",
                "policy_recital",
            ),
            ("C", "i literally chatted with you guys last week and they said it would be covered", "repeat_contact"),
            (
                "A",
                "the chat team is a different department and they dont always get the warranty rules right",
                "blame_shift",
            ),
            ("C", "so whos right"),
            ("A", "the warranty terms are what i go by and they say no", "policy_recital"),
            ("C", "can i talk to a supervisor", "escalation_request"),
            ("A", "supervisors cant override that either so they couldnt approve it", "cant_language"),
            ("C", "then put me through to somebody who actually does warranties"),
            ("A", "ok im transferring you to the warranty desk hold the line", "transfer"),
            ("A", "warranty desk this is lisa"),
            ("C", "yeah my controller has drift and the last guy said its wear and tear"),
            (
                "A",
                "yeah i see the notes and the warranty card lists thumbstick wear as an exclusion so i wont be able to approve a replacement",
                "policy_recital",
                "cant_language",
            ),
            ("A", "you can buy a replacement stick module through our online store though", "channel_redirect"),
            ("C", "unbelievable"),
        ],
    ),
    # ------------------------------------------------------------------ tre_23
    dict(
        id="tre_23",
        pick=False,
        notes="Terse US restaurant owner: business VoIP down on a Friday night; agent forwards calls, owns it, "
        "brings in a network engineer who fixes it himself and applies the outage credit",
        lines=[
            ("A", "Bluebell Voice, this is Sandra."),
            ("C", "Phones are down. Restaurant. Friday night. Don't make me ask for a manager."),
            ("A", "You won't have to. Name of the business?"),
            ("C", "Luca's Trattoria, Fourth Street."),
            ("A", "Got you. Your SIP trunk dropped its registration about twenty minutes ago."),
            ("C", "Translate."),
            (
                "A",
                "Your phones lost their connection to our servers. I'm not going to read you the business continuity terms, I'm just going to get you working.",
            ),
            ("C", "Good."),
            (
                "A",
                "First thing, I'm forwarding all your calls to your cell so you don't miss any reservations. What's the number?",
            ),
            ("C", "Five five five, zero one four two."),
            ("A", "Done. Try the restaurant number from another phone."),
            ("C", "Works."),
            (
                "A",
                "Now, this one's mine until your desk phones are back, I'm not dropping it at the end of this call.",
                "ownership",
            ),
            ("C", "How long?"),
            (
                "A",
                "Let me get our network engineer on with us, he can see the trunk from the core side. Bringing him in now.",
                "transfer",
            ),
            ("A", "Hey, it's Omar in network operations. Sandra filled me in."),
            (
                "A",
                "Your trunk got stuck on an old address after our maintenance tonight. That one's ours. I'm fixing it myself right now, give it thirty seconds.",
                "ownership",
            ),
            ("C", "Desk phone just rang."),
            (
                "A",
                "There it is. Our outage terms give you a credit for tonight, and I've already added it, you don't need to claim anything.",
            ),
            (
                "A",
                "Sandra here, still on the line. I'll text you by nine to make sure it's held through the dinner rush.",
                "follow_up_promise",
            ),
            ("C", "Okay. Thanks."),
            ("A", "Have a good service tonight."),
        ],
    ),
    # ------------------------------------------------------------------ tre_24
    dict(
        id="tre_24",
        pick=True,
        asr=True,
        notes="Nigerian, ASR: airtime drained by a value-added service; agent blames the content provider, cites "
        "regulator guidance, tells her to dial a USSD code, dismisses, refuses the supervisor",
        lines=[
            ("A", "thank you for calling glonet customer care my name is bisi how may i help you"),
            ("C", "hello bisi abeg my airtime keeps disappearing every day like two hundred naira just goes"),
            ("A", "ok let me check your line please hold on", "hold"),
            ("A", "ok i can see you are subscribed to a daily horoscope service that is what is deducting the money"),
            ("C", "horror scope i never subscribed to any horror scope"),
            (
                "A",
                "those services are run by third party content providers not glonet so any subscription is between you and them",
                "blame_shift",
            ),
            ("C", "but it is glonet that is deducting from my airtime"),
            (
                "A",
                "the content provider bills through us but the subscription is theirs so the refund is not from our side",
                "blame_shift",
            ),
            ("C", "i have called this line two times already about this same horoscope thing", "repeat_contact"),
            ("A", "to stop it you need to dial star three zero five hash and select opt out", "channel_redirect"),
            ("C", "so you cant just stop it for me"),
            ("A", "i dont have access to cancel value added services from my end", "cant_language"),
            ("C", "and my money"),
            (
                "A",
                "as per the ncc guidelines refunds for value added services are handled by the content provider",
                "policy_recital",
            ),
            ("C", "this is robbery i want to talk to your supervisor", "escalation_request"),
            ("A", "please dont raise your voice at me im only trying to help you", "feeling_dismissal"),
            ("C", "i am not raising anything just give me your supervisor", "escalation_request"),
            ("A", "the supervisor will tell you the same thing just dial the code and opt out", "channel_redirect"),
            ("C", "waste of time"),
        ],
    ),
    # ------------------------------------------------------------------ tre_25
    dict(
        id="tre_25",
        pick=True,
        notes="Rambling US caller: cloud storage account deleted after a lapsed card; agent recites retention "
        "and data policies, blames spam and the automated process, refuses escalation, points to a portal",
        lines=[
            ("A", "Good evening, thank you for calling Nimbus Drive, this is Carla. How may I help you?"),
            (
                "C",
                "Hi Carla, okay, so, this is a long story, bear with me. I've been using Nimbus for maybe six years, all my family photos, the kids' baby pictures, everything, and last month my card expired and I didn't notice, and now I log in and the whole account is empty.",
            ),
            ("A", "Oh, I'm sorry to hear that, that sounds really upsetting.", "apology"),
            (
                "C",
                "It is. I mean, I emailed your support twice last week and got the same canned response both times, something about retention.",
                "repeat_contact",
            ),
            (
                "A",
                "Let me look at the account. Okay, so the account went into a lapsed state on the second, and under the storage retention clause in our terms of service, files on a lapsed account are permanently deleted after twenty-one days.",
                "policy_recital",
            ),
            ("C", "Twenty-one days? I didn't get a single warning."),
            (
                "A",
                "Our records show three warning emails went to the address on file, so they probably ended up in your spam folder.",
                "blame_shift",
            ),
            (
                "C",
                "Maybe, I don't know, I get a hundred emails a day. Isn't there some backup? Surely you keep backups.",
            ),
            (
                "A",
                "I totally understand how important those photos are, however our data handling policy requires that deleted customer data isn't retained, for privacy reasons.",
                "feeling_dismissal",
                "policy_recital",
            ),
            ("C", "So they're just gone. Six years."),
            (
                "A",
                "The deletion is carried out by an automated process, so nobody here actually made that decision, it's just how the system works.",
                "blame_shift",
            ),
            ("C", "That doesn't make it better."),
            (
                "C",
                "Is there anyone, an engineer, a manager, anyone at all who could at least check?",
                "escalation_request",
            ),
            (
                "A",
                "I'm not able to request data recovery, and engineering doesn't take requests from the support line.",
                "cant_language",
            ),
            (
                "A",
                "If you'd like, you can submit a data request through the privacy portal on our website.",
                "channel_redirect",
            ),
            ("C", "And that'll get my photos back?"),
            ("A", "It will confirm what data we hold, which I'm afraid would be none at this point."),
            ("C", "Great. Thanks for nothing."),
            ("A", "I'm sorry I couldn't do more tonight.", "apology", "cant_language"),
        ],
    ),
    # ------------------------------------------------------------------ tre_26
    dict(
        id="tre_26",
        pick=False,
        asr=True,
        notes="South African, ASR: satellite decoder error an hour before the rugby; agent resets it while staying "
        "on, neutral mention of installers, books a check and a Monday call",
        lines=[
            ("A", "goeie middag good afternoon youre through to veldtv my name is johan"),
            (
                "C",
                "ja hi johan sorry im a bit flustered the coder is showing e forty eight and the rugby starts in an hour",
            ),
            ("A", "ag thats the worst timing lets get it sorted before kickoff can i have your smartcard number"),
            ("C", "hold on its on the back of the thing"),
            ("C", "ok its four one three two two nine eight"),
            ("A", "lekker thanks so e forty eight means the decoder has lost the signal from the dish"),
            (
                "A",
                "im gonna send a reset signal from here and im staying on with you myself till the picture comes back",
                "ownership",
            ),
            ("C", "ok the cable at the back looks fine its screwed in"),
            ("A", "right im sending it now it takes about a minute youll see the screen go black then come back"),
            ("C", "its black now"),
            ("C", "ok its back theres a picture"),
            (
                "A",
                "shot now if it happens again in a storm thats normally the dish alignment and our installers handle that",
            ),
            ("A", "ill book an installer check for next week anyway so you dont have to think about it"),
            ("C", "thanks johan sorry for being so panicky"),
            ("A", "not at all id be panicking too an hour before the spring box"),
            (
                "A",
                "ill give you a call on monday just to check the signal held up over the weekend",
                "follow_up_promise",
            ),
            ("C", "brilliant thanks so much"),
            ("A", "enjoy the game"),
        ],
    ),
    # ------------------------------------------------------------------ tre_27
    dict(
        id="tre_27",
        pick=False,
        notes="US casual: security-camera alerts stopped after an app update, after bot and chat contacts; agent "
        "blames the phone, then checks on hold, admits the bug, fixes it and writes it up personally",
        lines=[
            ("A", "Hey, thanks for calling HomeSight, this is Tyler."),
            (
                "C",
                "Hi Tyler. So my cameras stopped sending alerts to my phone after the app updated on Tuesday. I already went through this with your chat bot and a person on chat, and they both told me to reinstall, which I did.",
                "repeat_contact",
            ),
            (
                "A",
                "Okay. Honestly, a lot of the time that's the phone's battery optimization killing the app in the background, so that'd be something on the phone side.",
                "blame_shift",
            ),
            (
                "C",
                "It's not. Alerts worked fine for two years until your update. Can I talk to a manager? I'm kind of done with troubleshooting.",
                "escalation_request",
            ),
            (
                "A",
                "That's fair, and you're right to be fed up. Before I get anyone else, give me two minutes on hold to check one thing, because if it's the update I'd rather just fix it.",
                "hold",
            ),
            (
                "A",
                "Thanks for holding. Yeah, there it is. The update reset notification permissions for some accounts, and yours is one of them. That's our bug, not your phone. Sorry for pointing you at your settings.",
                "apology",
            ),
            ("C", "Okay. So can you fix it?"),
            (
                "A",
                "I can, I'm re-pushing your permission profile now. Open the app and tell me if it asks you to allow notifications.",
            ),
            ("C", "It's asking. Allowed."),
            ("A", "Perfect. I just triggered a test motion event on the front door camera, did you get an alert?"),
            ("C", "Yep, got it."),
            ("C", "Good. I don't need the manager anymore, but somebody should know about this."),
            (
                "A",
                "Agreed. I'm going to personally write this up for the app team with your account as the example, so it gets fixed for everyone.",
                "ownership",
            ),
            ("C", "Thanks."),
            (
                "A",
                "And I'll check your account on Monday to make sure the permissions stuck after the weekend update, and text you if anything changed.",
                "follow_up_promise",
            ),
            ("C", "Appreciate it, Tyler."),
            ("A", "Sure thing. Sorry again about the runaround.", "apology"),
        ],
    ),
    # ------------------------------------------------------------------ tre_28
    dict(
        id="tre_28",
        pick=True,
        asr=True,
        notes="Older Australian pensioner, ASR: charged $300 for a pay-TV box she posted back; agent blames "
        "Australia Post, recites return conditions, dismisses her, refuses a manager, redirects to an online form",
        lines=[
            ("A", "good morning youre speaking with kylie at starview how can i help"),
            (
                "C",
                "oh good morning love yes its margaret here i got a letter saying im being charged three hundred dollars for a box",
            ),
            (
                "C",
                "but i sent that box back in june i took it to the post office myself with my neighbour dave he drove me",
            ),
            ("A", "ok let me have a look right so theres no record of it coming back to our where house"),
            (
                "A",
                "so if it was posted it mustve gone missing with australia post so thatd be something to take up with them",
                "blame_shift",
                "channel_redirect",
            ),
            ("C", "but i used the bag you sent me"),
            ("C", "and i rang you in july about this and the young man said it was all fine", "repeat_contact"),
            ("A", "i dont have any notes from july on here so i cant really go on that", "cant_language"),
            ("C", "well im not making it up"),
            (
                "A",
                "under the equipment return conditions on your contract unreturned equipment is charged at the full replacement value",
                "policy_recital",
            ),
            ("C", "three hundred dollars is a lot for a pensioner"),
            ("A", "look theres no need to get upset about it dear its only a box", "feeling_dismissal"),
            ("C", "i think id like to speak to your manager please", "escalation_request"),
            (
                "A",
                "the manager would only tell you the same you can lodge a formal dispute through the online form if you like",
                "channel_redirect",
            ),
            ("C", "i dont have the computer dear my grandson does all that"),
            ("A", "you could get him to fill it in for you then", "channel_redirect"),
            ("C", "oh dear alright then"),
            ("A", "was there anything else"),
            ("C", "no thank you"),
        ],
    ),
    # ------------------------------------------------------------------ tre_29
    dict(
        id="tre_29",
        pick=False,
        notes="Nigerian corporate: payroll SaaS billed in dollars instead of naira; hold, agent admits the "
        "migration error, reissues the invoice herself, credits then refunds, promises a Thursday call",
        lines=[
            ("A", "Good morning, you are welcome to PayRight HR support, my name is Adaeze. How can I help you today?"),
            (
                "C",
                "Good morning Adaeze. My name is Olumide Bankole, finance manager at Greenfield Logistics. We were billed in dollars this month instead of naira, and with the exchange rate it is almost double.",
            ),
            (
                "A",
                "I'm sorry about that, sir, that is a big jump to see on an invoice. Let me check the account.",
                "apology",
            ),
            ("C", "Thank you. Our contract clearly says naira billing."),
            (
                "A",
                "Please permit me to place you on hold for two minutes while I confirm the contract currency.",
                "hold",
            ),
            (
                "A",
                "Thank you for holding, sir. You are correct, the contract is in naira. The currency was changed when we moved accounts to a new billing platform, and that change should never have touched your account. That is our error.",
            ),
            ("C", "So what happens to the dollar invoice?"),
            (
                "A",
                "I will cancel the dollar invoice and reissue it in naira myself today, so you don't have to raise anything with your bank.",
                "ownership",
            ),
            ("C", "We already paid part of it, about four hundred dollars."),
            (
                "A",
                "Our terms say any overpayment is held as credit against the next invoice, so I have applied the four hundred dollars at today's rate as credit on the account.",
            ),
            ("C", "Can it be refunded instead? We need the cash flow."),
            (
                "A",
                "Yes, that can be done. Refunds go through our finance team, they process them every Wednesday, and I have sent them the request with a note that it was our error.",
            ),
            ("C", "Alright."),
            (
                "A",
                "I will call you on Thursday to confirm the refund has left our account, and I'll send the corrected invoice by email before close of business today.",
                "follow_up_promise",
            ),
            ("C", "That is fine. I must say I was expecting a long fight."),
            ("A", "No fight at all, sir. Again, apologies for the trouble.", "apology"),
            ("C", "Thank you, Adaeze."),
            ("A", "You're welcome, have a good day."),
        ],
    ),
    # ------------------------------------------------------------------ tre_30
    dict(
        id="tre_30",
        pick=False,
        asr=True,
        notes="Young South African, ASR: new gaming PC blue-screens; agent brings in a bench tech who runs a "
        "remote test (not a hold), finds faulty RAM, handles the replacement and a Thursday check-in",
        lines=[
            ("A", "hi youre through to rigcraft support this is ayanda"),
            ("C", "howzit ayanda so i bought a gaming pc from you guys like two weeks ago and it keeps blue screening"),
            ("C", "like every time i launch a game boom blue screen"),
            ("A", "eish sorry bru thats not what you want from a new rig", "apology"),
            ("A", "whats the error on the blue screen if you saw it"),
            ("C", "something like we uncorrectable error"),
            (
                "A",
                "ok that points to hardware so im gonna bring in one of our bench techs hell run a stress test remotely while youre on the line",
                "transfer",
            ),
            ("A", "hey its ruan from the bench ayanda gave me the error code"),
            ("C", "hey ruan"),
            (
                "A",
                "im gonna remote in and run a quick memory and cpu test should take two minutes just stay on with me",
            ),
            ("C", "ok sharp"),
            ("A", "ok so the memory test failed on one of the ram sticks its a faulty part and thats on us not you"),
            ("C", "so do i have to send the whole pc back"),
            (
                "A",
                "nah youre not sending anything back ill handle the whole thing myself and courier you a new ram kit",
                "ownership",
            ),
            ("A", "and if youre not keen to open the case i can book a tech to come swap it free"),
            ("C", "nah i can swap it myself its easy"),
            (
                "A",
                "cool the kit ships today and ill check in with you on thursday to make sure the crashes are gone",
                "follow_up_promise",
            ),
            ("C", "lekker thanks ruan"),
            ("A", "pleasure enjoy the games"),
        ],
    ),
]
