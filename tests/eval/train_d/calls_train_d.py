"""Source of truth for train_d: 30 hand-written training calls (trd_01 … trd_30).

Each line is A(text, *kinds) for the agent or C(text, *kinds) for the customer; the kinds after the
text are that utterance's labels. `asr=True` marks a call written the way a speech recogniser would
render 8 kHz phone audio (lowercase, no punctuation, run-on, a few misheard words).
Times are not written here: build_train_d.py makes them from the text, seeded by the call id.
"""


def A(text, *kinds):
    return ("agent", text, kinds)


def C(text, *kinds):
    return ("customer", text, kinds)


CALLS = [
    # ------------------------------------------------------------------ trd_01
    dict(
        call_id="trd_01",
        asr=False,
        supervisor_pick=False,
        notes="Banking, elderly caller, card fraud; formal British agent refunds at once, holds, owns it and books a check-in call.",
        lines=[
            A("Good morning, Harbour and Vale Bank, you're speaking with Eleanor. How may I help?"),
            C(
                "Oh hello dear. I'm ringing because there's money gone out of my account that I never spent. My granddaughter looked at it on her telephone and she said I must ring you straight away."
            ),
            A(
                "I'm very sorry to hear that, Mrs Pritchard, and you've done exactly the right thing ringing us. Could I take your date of birth and the first line of your address?",
                "apology",
            ),
            C("Fourteenth of May, nineteen thirty-nine. Twelve Alder Close."),
            A(
                "Thank you. I can see three payments to an online electronics shop yesterday evening, four hundred and twelve pounds altogether. Those weren't you?"
            ),
            C(
                "Certainly not. I don't even know how to buy things on the computer. I expect it's your computers that have gone wrong, isn't it?"
            ),
            A(
                "It's nothing you've done, and I don't think it's a fault at our end either; it looks as though your card details were taken somewhere. Our policy is to put fraudulent payments back straight away, so I'm crediting the four hundred and twelve pounds to you now."
            ),
            C("Oh, that is a relief. Will I have to go into the branch? My hip's not good and it's two buses."),
            A(
                "No, you won't need to go anywhere. I'll cancel this card and order you a new one to your home address. I just need to confirm one thing with the fraud department, so I'll pop you on hold for a minute or two, if that's all right.",
                "hold",
            ),
            A(
                "Thank you so much for waiting, Mrs Pritchard. The fraud department have confirmed the card's stopped, and nothing else has gone out."
            ),
            C("And what about the direct debits? My gas and my television licence come out of that account."),
            A(
                "Those are tied to the account rather than the card, so they'll carry on as normal. Now, I'd like to look after this for you myself from here on: if anything else odd shows up, you ring and ask for Eleanor on extension four-two-one, and I'll deal with it.",
                "ownership",
            ),
            C("You're very kind. I don't like to be a nuisance."),
            A(
                "You're not a nuisance at all. The new card should be with you in three to five working days, and I'll give you a ring on Thursday afternoon to make sure it's arrived and the refund's showing.",
                "follow_up_promise",
            ),
            C("Thursday's my hairdresser in the morning, so the afternoon is lovely."),
            A("Thursday afternoon it is. Is there anything else I can help with today?"),
            C("No, that's all, thank you dear."),
            A("Take care, Mrs Pritchard. Goodbye."),
        ],
    ),
    # ------------------------------------------------------------------ trd_02
    dict(
        call_id="trd_02",
        asr=False,
        supervisor_pick=True,
        notes="Credit card duplicate hotel charge; Indian English agent blames the merchant, quotes the cardholder agreement, sends an elderly Scottish caller to the app and refuses a supervisor.",
        lines=[
            A(
                "Good afternoon, thank you for calling Calder Card Services, this is Rajesh speaking, how may I assist you today?"
            ),
            C(
                "Aye, hello. I've been charged twice for a hotel in Inverness, three hundred and forty pound each time, and I've phoned about it twice already. Naebody's sorted it.",
                "repeat_contact",
            ),
            A("Kindly confirm the last four digits of the card, sir."),
            C("Six two one eight."),
            A(
                "Thank you sir. I can see both transactions. Actually sir, the duplicate has come from the hotel's card terminal only, they have put it through two times, it is not from our side.",
                "blame_shift",
            ),
            C("I don't care whose side it's from, it's my money sitting in their account."),
            A(
                "Sir, I can understand your feeling, but as per the cardholder agreement, clause fourteen, a disputed transaction can only be raised after the merchant has been given thirty days to correct it.",
                "policy_recital",
                "feeling_dismissal",
            ),
            C("Thirty days? The holiday was in July. It's September now. That's thirty days and more."),
            A(
                "Sir, our records show the thirty days starts from when you first notified us, and that is the fourteenth of August. So I am not able to raise it before the thirteenth, there is no option for me.",
                "cant_language",
            ),
            C(
                "The fourteenth was the second time I phoned. The first time the lassie said she'd log it, and clearly she never.",
                "repeat_contact",
            ),
            A(
                "Sir, please be calm, getting angry with me will not change the process. What you can do is contact the hotel directly and ask them for the refund, they will do it faster.",
                "feeling_dismissal",
                "channel_redirect",
            ),
            C(
                "I've emailed that hotel four times. Listen, I want to speak to your supervisor, please.",
                "escalation_request",
                "repeat_contact",
            ),
            A(
                "Supervisor will also tell you the same thing sir, rules are rules. After the thirteenth you can also raise the dispute on the mobile app, that is the fastest way.",
                "policy_recital",
                "channel_redirect",
            ),
            C(
                "I'm seventy-one, son, I don't use the app. Are you putting me through to a supervisor or not?",
                "escalation_request",
            ),
            A(
                "All supervisors are busy at the moment sir. I will raise a callback request and a supervisor will call you within seventy-two working hours.",
                "follow_up_promise",
            ),
            C("Seventy-two hours. Unbelievable. Fine. Fine."),
            A("Is there anything else I can help you with today sir?"),
            C("No. You've helped plenty."),
            A("Thank you for calling Calder Card Services, have a nice day."),
        ],
    ),
    # ------------------------------------------------------------------ trd_03
    dict(
        call_id="trd_03",
        asr=True,
        supervisor_pick=False,
        notes="Mortgage arrears letter sent in error to an Irish customer; agent first blames her bank, then finds the fault was the lender's own, owns it and confirms by letter.",
        lines=[
            A("good morning northgate building society mortgages youre through to kieran"),
            C("hiya kieran its siobhan doyle i got a letter sayin im in a rears on me mortgage and im not"),
            C("i pay it every month by direct debt same as always"),
            A("ok siobhan lets have a look can i get the mortgage account number"),
            C("its four four zero nine one seven two"),
            A("right so i can see junes payment came back unpaid and thats why the letter went out"),
            C("came back unpaid how theres plenty in the account i checked with me bank"),
            A(
                "yeah it says here the instruction was cancelled at your banks end so its probly something your bank did not us",
                "blame_shift",
            ),
            C("me bank says they didnt touch it i was on to them yesterday for an hour about it", "repeat_contact"),
            A("ah ok hang on a sec"),
            A(
                "no youre right sorry i see it now we changed our collection system in june and a batch of direct debits got cancelled on our side thats our fault not yours",
                "apology",
            ),
            C("well thank god for that so am i gonna get a mark on me credit file"),
            A(
                "no this ones for me to fix ill get the arrears flag taken off and ill make sure nothing gets reported to the credit agencies for june",
                "ownership",
            ),
            A("and ill set the direct debit back up now so theres no form for you to fill in"),
            C("grand and the late fee they put on"),
            A(
                "ive taken the late fee off already and ill send you a letter confirming all of it by friday",
                "follow_up_promise",
            ),
            C("lovely thanks kieran you were a great help"),
            A("no bother siobhan sorry again for the fright", "apology"),
        ],
    ),
    # ------------------------------------------------------------------ trd_04
    dict(
        call_id="trd_04",
        asr=False,
        supervisor_pick=True,
        notes="Pension death benefit unanswered for six months; formal British agent blames the bereavement team and the post, recites the scheme rules, sends an 83-year-old widower to the register office.",
        lines=[
            A("Brightwater Pensions, good afternoon, Michael speaking."),
            C(
                "Good afternoon. My name is Gerald Ashworth. I wrote to you in March and again in May asking for a transfer value on my late wife's pension, and I've had no reply to either letter.",
                "repeat_contact",
            ),
            A("I'm sorry about that, Mr Ashworth. Can I take the policy number?", "apology"),
            C("BW seven seven three zero four one."),
            A(
                "Thank you. Right, I can see both letters have been scanned on. The thing is, death benefit claims are handled by our bereavement team, and they've had a huge backlog since the office move, so it's really been sat with them.",
                "blame_shift",
            ),
            C("Six months is rather more than a backlog, wouldn't you say?"),
            A(
                "I do take your point. However, under the scheme rules a transfer value can't be issued until the beneficiary's entitlement has been formally confirmed, and that requires an original death certificate rather than a copy.",
                "policy_recital",
                "feeling_dismissal",
            ),
            C("I sent the original. By recorded delivery. In March."),
            A(
                "It's not showing as received, I'm afraid. It may be that the post took it to the wrong building; we've had that happen with the other site.",
                "blame_shift",
            ),
            C("So it's lost. My wife's death certificate is lost."),
            A(
                "Not necessarily. I'd suggest you request a certified copy from the register office, and post that to us with a covering letter.",
                "channel_redirect",
            ),
            C(
                "I'm eighty-three. I have been to the register office once this year, and I don't care to go again. I'd like to speak to someone senior, please.",
                "escalation_request",
            ),
            A(
                "Please try not to get yourself upset, Mr Ashworth. A manager would only tell you what I've told you, because the trust deed is very clear that proof of death comes first.",
                "feeling_dismissal",
                "policy_recital",
            ),
            C("I'm not upset. I'm tired."),
            A("I do understand. What I can do is put a note on the file to say you've called."),
            C("A note. Very well."),
            A("Is there anything else I can help you with?"),
            C("No. Good afternoon."),
        ],
    ),
    # ------------------------------------------------------------------ trd_05
    dict(
        call_id="trd_05",
        asr=False,
        supervisor_pick=False,
        notes="Home insurance escape-of-water claim; missed callback admitted, agent owns it, uses the trace-and-access cover to book a plumber the same day and promises a call tomorrow.",
        lines=[
            A("Lomond Home Insurance claims, you're speaking to Fiona, how can I help?"),
            C(
                "Hiya, aye, I phoned on Monday about a leak under my kitchen floor, and I was told somebody would phone me back within forty-eight hours. Nobody has.",
                "repeat_contact",
            ),
            A("Oh, I'm sorry about that, that's not good enough. Let me pull the claim up. Is it Mr Kerr?", "apology"),
            C("That's right, Alasdair Kerr."),
            A(
                "Right, I can see Monday's note. The callback was meant to come from our loss adjusters, and it looks like the request was never actually sent over to them, which is on us, not on them and certainly not on you."
            ),
            C("The floor's lifting now. The kitchen smells like a swamp."),
            A(
                "That sounds miserable, and it shouldn't have been left this long. I'm going to take this on myself now, so you're not sitting in a queue.",
                "ownership",
            ),
            A(
                "Your policy covers trace and access, so finding the leak and lifting the floor is included. That means I can authorise a plumber today rather than waiting for an adjuster to visit."
            ),
            C("Today? That would be brilliant."),
            A(
                "Give me a moment, I'll put you on hold while I check which of our contractors can get out to you in Paisley.",
                "hold",
            ),
            A(
                "Thanks for waiting. I've got a plumber booked for between two and four this afternoon, and the booking's confirmed on the system."
            ),
            C("And the floor itself? The laminate's ruined."),
            A(
                "The flooring comes under the main claim. Your excess is a hundred and fifty pounds, but I'm not asking you for it until we know the full cost, and I'll keep hold of this claim myself until your kitchen's back to normal.",
                "ownership",
            ),
            C("Fair enough. Do I need to fill in a claim form online or anything?"),
            A(
                "No forms at all, I've done the claim form with you as we've been talking. I'll phone you tomorrow morning once the plumber's report is in, to talk about the flooring.",
                "follow_up_promise",
            ),
            C("That's great, Fiona. Sorry I was a bit short at the start."),
            A("You had every right to be. Speak tomorrow, Mr Kerr."),
            C("Cheers, bye."),
        ],
    ),
    # ------------------------------------------------------------------ trd_06
    dict(
        call_id="trd_06",
        asr=True,
        supervisor_pick=True,
        notes="Tax office late-filing penalty; agent blames the young caller for an unsubmitted return, quotes the statutory deadline, belittles the fine and sends him online.",
        lines=[
            A("revenue helpline self assessment youre speaking to dean can i take your u t r"),
            C("yeah its one two seven seven four five five zero eight nine"),
            C(
                "so ive got a hundred pound fine for filing late but i filed it on the twenty ninth of january i got the confirmation"
            ),
            A(
                "ok let me see yeah so the return was started on the twenty ninth but it was never actually submitted its still sat there in draft"
            ),
            C("no it was submitted i pressed the button"),
            A("well if theres no submission reference"),
            A("then you never finished it properly and its up to you to check you got one", "blame_shift"),
            C("i got an email sayin thanks for your return"),
            A("thats just the auto email you get when you save a draft"),
            C("nobody told me that how am i meant to know that"),
            A(
                "its all in the guidance and the penalty is set by law once you miss the thirty first of january its automatic theres no discretion for anyone",
                "policy_recital",
            ),
            C(
                "this is ridiculous ive rung three times this week and everyone tells me something different",
                "repeat_contact",
            ),
            A("calm down mate its not the end of the world its a hundred quid", "feeling_dismissal"),
            C("a hundred quid i earn eleven an hour"),
            A(
                "if you reckon youve got a reasonable excuse you can appeal but youll have to do that online theres a form on the gov site i cant do appeals over the phone",
                "channel_redirect",
                "cant_language",
            ),
            C("can i talk to your manager", "escalation_request"),
            A("theres no managers available to take calls but you can put a complaint in writing", "channel_redirect"),
            C("course there isnt"),
            A("anything else i can help with today"),
            C("no"),
        ],
    ),
    # ------------------------------------------------------------------ trd_07
    dict(
        call_id="trd_07",
        asr=False,
        supervisor_pick=False,
        notes="Benefit payment stopped over a holiday-pay spike; warm transfer to verification, who hold, release the payment the same day and promise a check on the next assessment.",
        lines=[
            A("Good morning, you're through to the Benefits Service, my name's Priya, how can I help you?"),
            C(
                "Morning. My payment didn't come in on Friday, and I've rent due tomorrow. I rang on Friday and was told to wait until Monday, so here I am.",
                "repeat_contact",
            ),
            A(
                "I'm sorry you've been left waiting over the weekend with rent due, that's a real worry. Can I take your national insurance number and postcode?",
                "apology",
            ),
            C("JK four one two two eight nine C. M-fourteen, six-R-T."),
            A(
                "Thank you, Mr Brennan. I can see the payment was stopped because your employer's payroll reported a change in your earnings, and it's gone into a manual check."
            ),
            C("I haven't had a change in earnings. I got one week's holiday pay, that's all."),
            A(
                "That makes sense, holiday pay can show up as a spike. The manual checks are done by our verification team, and I'd like you to speak to them today rather than wait for it to reach the top of their list. I'm transferring you now and I'll explain it to them first, so you don't have to start from scratch.",
                "transfer",
            ),
            A(
                "Hello Mr Brennan, Tom in the verification team. Priya's filled me in on the holiday pay, so we can pick it up from there."
            ),
            C("Oh, great. So can you put it through?"),
            A(
                "I can. I just need to confirm the figure against the payroll record, so bear with me while I put you on hold for a couple of minutes.",
                "hold",
            ),
            A(
                "Thanks for holding. Right, I've confirmed it was one-off holiday pay and I've released your payment. It'll be in your account by six o'clock this evening."
            ),
            C("Tonight? Brilliant. Will this happen again next time I get holiday pay?"),
            A(
                "It shouldn't. I've put a marker on your claim so the check knows it's holiday pay, and I'll personally keep an eye on your next assessment date, the twenty-eighth, and give you a ring that morning if anything gets flagged.",
                "ownership",
                "follow_up_promise",
            ),
            C("That's really good of you. Sorry, I was ready for a row."),
            A("Honestly, you had rent due, I'd have been the same. Is there anything else?"),
            C("No, that's grand. Thanks, Tom."),
            A("Take care, Mr Brennan."),
        ],
    ),
    # ------------------------------------------------------------------ trd_08
    dict(
        call_id="trd_08",
        asr=False,
        supervisor_pick=False,
        notes="Bank account restricted over an overseas payment; Indian English agent cites the regulations only to do the check on the call, walks it through financial crime herself.",
        lines=[
            A("Thank you for calling Harbour and Vale, my name is Anjali, may I have your name please?"),
            C(
                "It's Marcus Obi. My account's been frozen, my salary went in this morning and I can't touch it. I can't pay for anything."
            ),
            A("I'm really sorry, Marcus, that must be very stressful. Let me check what has happened.", "apology"),
            C("Stressful doesn't cover it. I'm at the petrol station with no money."),
            A(
                "Okay. A restriction was placed this morning because of a large payment coming in from abroad, and the regulations do require us to check that before we release it. The good news is I can do that check with you now, on this call."
            ),
            C("It's from my mum in Lagos. She sent me money for my birthday."),
            A(
                "Lovely. I will just ask you three or four questions about the payment, and then I will send it across for clearance while you are still on the line."
            ),
            C("Fine, go."),
            A("Who is the sender, what is your relationship to them, and what is the money for?"),
            C("Grace Obi, my mother, and it's a birthday present. Two thousand pounds."),
            A(
                "Thank you. Please hold for me for two minutes; I am going to walk this through the financial crime team myself rather than leave it sitting in their queue.",
                "hold",
                "ownership",
            ),
            A("Thank you for holding, Marcus. The restriction is lifted, you can use your card now."),
            C("Seriously? Okay. Thank you. Why didn't anyone text me, though?"),
            A(
                "You are right, you should have had a text, and I am sorry it did not come through. I have logged that as feedback just now.",
                "apology",
            ),
            C("Fair enough. Sorry for snapping earlier."),
            A("Not at all, you were stuck at a petrol station. Anything else I can do for you?"),
            C("No, that's it. Cheers, Anjali."),
            A("You're welcome, have a good birthday weekend."),
        ],
    ),
    # ------------------------------------------------------------------ trd_09
    dict(
        call_id="trd_09",
        asr=True,
        supervisor_pick=True,
        notes="Credit card blocked abroad; Indian English agent blames the fraud system, can't lift or transfer, sends an American caller to another number, brushes off her panic, supervisor callback only.",
        lines=[
            A("thank you for calling calder card services this is vikram how may i help you"),
            C(
                "hi yeah im in lisbon and my card keeps getting declined ive called twice already from here its costing me a fortune",
                "repeat_contact",
            ),
            A("very sorry for the inconvenience maam can i have your full name and date of birth", "apology"),
            C("dana whitfield march third nineteen eighty eight"),
            A(
                "thank you maam so i can see a block is there on the card that is the fraud system only it is automatically putting the block when transaction is coming from new country",
                "blame_shift",
            ),
            C("ok so can you take it off"),
            A("maam i am not having the access to remove fraud blocks from my screen", "cant_language"),
            C("then who does"),
            A(
                "you will have to call the fraught department maam number is on the back of the card",
                "channel_redirect",
            ),
            C("the card is in a machine that just ate it can you not just transfer me"),
            A(
                "maam i cannot transfer the call to fraught department from this line it is separate queue",
                "cant_language",
            ),
            C("this is insane im standing in a pharmacy"),
            A("maam please relax its just a temporary block only it is not a big thing", "feeling_dismissal"),
            C("dont tell me to relax i need my medication put me on to your supervisor", "escalation_request"),
            A("ok maam please hold i will check supervisor availability", "hold"),
            A(
                "thank you for holding maam supervisor is busy on another call they will call you back within twenty four hours",
                "follow_up_promise",
            ),
            C("im flying home in twenty four hours forget it"),
            A("is there anything else i can help"),
            C("no"),
        ],
    ),
    # ------------------------------------------------------------------ trd_10
    dict(
        call_id="trd_10",
        asr=False,
        supervisor_pick=False,
        notes="Remortgage stuck; first agent blames the valuer and quotes the offer conditions, team leader takes over, finds the report in the lender's own inbox, owns it and extends the offer.",
        lines=[
            A("Good afternoon, Northgate Building Society, mortgage applications, this is Oliver."),
            C(
                "Hello Oliver, this is Niamh Gallagher. Our remortgage was meant to complete on the first and our fixed rate ends at the end of the month. I've called four times now and every time I'm told it's with someone else.",
                "repeat_contact",
            ),
            A(
                "Let me have a look. Right, so the application is waiting on the valuation. The valuer we use is an outside firm, and they're the ones who've been slow getting out to your property.",
                "blame_shift",
            ),
            C("The valuer came three weeks ago. He was in and out in ten minutes."),
            A(
                "Then it'll be their report they haven't uploaded. I'd honestly give them a chase yourself, they tend to respond better to homeowners.",
                "blame_shift",
                "channel_redirect",
            ),
            C(
                "I'm not your employee, Oliver. If we go onto the standard variable rate it's another four hundred a month."
            ),
            A(
                "I know it's not what you want to hear, but the offer conditions say the product can't be held beyond the offer's expiry date, so there's nothing I can do on the rate.",
                "feeling_dismissal",
                "policy_recital",
                "cant_language",
            ),
            C("Right. I'd like to speak to your manager, please.", "escalation_request"),
            A("One moment, I'll see if my team leader's free. I'll transfer you through now.", "transfer"),
            A(
                "Hello, Mrs Gallagher, this is Hannah, I'm the team leader. Oliver's told me where things stand, and I'm sorry you've had to chase this so many times.",
                "apology",
            ),
            C("Thank you. I just want it sorted before the rate changes."),
            A("Understood. Let me look at the valuation now. I'll put you on hold for a moment.", "hold"),
            A(
                "Thanks for waiting. The valuation report has actually been sitting in our own inbox since the ninth; it just wasn't matched to your case. That's our failing, not the valuer's."
            ),
            C("Unbelievable. So what happens now?"),
            A(
                "I'm going to see this through to completion myself. I've matched the report and asked underwriting to review it today, and because the delay is ours, I'm extending your offer by a month so the rate is held.",
                "ownership",
            ),
            C("That's a relief. Will someone let me know?"),
            A("I'll call you by five o'clock tomorrow with the underwriting decision.", "follow_up_promise"),
            C("Thank you, Hannah. Really."),
            A("You're welcome. Speak tomorrow."),
        ],
    ),
    # ------------------------------------------------------------------ trd_11
    dict(
        call_id="trd_11",
        asr=False,
        supervisor_pick=True,
        notes="Motor claim repair stalled five weeks; agent blames the approved repairer, quotes the courtesy-car limit, pushes hire costs to the portal and scolds a Glaswegian customer.",
        lines=[
            A("Good morning, Lomond Motor Claims, Gemma speaking."),
            C(
                "Hiya, it's Ross Campbell. My car's been in the garage five weeks after the crash and nobody'll tell me when it's getting fixed. I've phoned every week.",
                "repeat_contact",
            ),
            A(
                "Okay, let me bring that up. Right, so the repair's with one of our approved repairers, and they've said they're waiting on parts. That's really their end, we don't control their stock.",
                "blame_shift",
            ),
            C("Aye, but you picked the garage. I didn't."),
            A("We do choose them, but once the car's in their workshop, the timescale's down to them.", "blame_shift"),
            C("And I'm still paying for a hire car. Your lot said the courtesy car was covered."),
            A(
                "The courtesy car's only provided for the first fourteen days; that's set out on page six of the policy booklet, so after that it's at your own cost.",
                "policy_recital",
            ),
            C("Nobody told me that. Fourteen days. The thing's been there five weeks through no fault of mine."),
            A("I know it's annoying, but those are the terms you signed up to.", "feeling_dismissal", "policy_recital"),
            C("Annoying. It's costing me thirty quid a day."),
            A(
                "If you want to claim the hire costs back, you'd need to put that through the online claims portal with your receipts, and it'll be looked at.",
                "channel_redirect",
            ),
            C("Could you not just note it down now, while I'm on?"),
            A(
                "I'm not able to add expenses to a claim from this screen, it has to come in through the portal.",
                "cant_language",
            ),
            C("Can I speak to somebody above you then, somebody who can actually do something?", "escalation_request"),
            A(
                "I'd ask you to keep a civil tone, Mr Campbell. My team leader would tell you the same.",
                "feeling_dismissal",
            ),
            C("I'm being civil. I'm skint."),
            A("I'll email you a link to the portal after this call.", "follow_up_promise", "channel_redirect"),
            C("Whatever. Bye."),
        ],
    ),
    # ------------------------------------------------------------------ trd_12
    dict(
        call_id="trd_12",
        asr=True,
        supervisor_pick=False,
        notes="State pension short after bereavement; Scottish agent and elderly Scottish widow; the rules are cited to give her inherited pension, backdated, owned and checked.",
        lines=[
            A("pensions service good afternoon its craig speakin"),
            C("hello son its mrs mcintyre margaret mcintyre im phonin about ma pension its come in short this month"),
            A(
                "sorry to hear that mrs mcintyre lets get it sorted can i take your national insurance number",
                "apology",
            ),
            C("aye its s r six oh one two four four d"),
            A("thats great and i can see its down by about forty pound from last month"),
            C("is that cos of ma husband passin he died in august"),
            A("im so sorry for your loss", "apology"),
            A("it does look like its connected cause some of your pension was gonna be"),
            A("inherited from his and a change went through in september that shouldnt have cut yours"),
            C("i dont understand any of it son i just know the gas bill needs payin"),
            A("thats fine you leave the rules to me"),
            A(
                "the regulations say you can in hair it part of his additional pension so im puttin that on your record right now"
            ),
            C("will i get the forty pound back"),
            A(
                "yes itll be backdated to august im gonna put you on hold for a wee minute while i work out the arrears",
                "hold",
            ),
            A("thanks for holdin margaret its a hundred an twenty pound owed and its goin in on tuesday"),
            C("oh thats a weight off son do i need to send in a form or go doon the job centre"),
            A(
                "no forms and no trip to the job centre ive done it all here and im gonna make sure the next payments right myself",
                "ownership",
            ),
            C("youre a good lad"),
            A("ill give you a phone on wednesday to check the moneys arrived", "follow_up_promise"),
            C("thats lovely thank you son cheerio"),
        ],
    ),
    # ------------------------------------------------------------------ trd_13
    dict(
        call_id="trd_13",
        asr=False,
        supervisor_pick=True,
        notes="Carer's allowance overpayment; agent blames the call-handling contractor, recites recovery regulations, insists on a written reconsideration from a 74-year-old with shaking hands.",
        lines=[
            A("Benefits overpayment recovery, good morning, this is Simon."),
            C(
                "Good morning. I've had a letter saying I owe two thousand three hundred pounds in overpaid carer's allowance, and I simply don't have it. I'm seventy-four and I look after my husband."
            ),
            A("Can I confirm your full name and national insurance number, please?"),
            C("Patricia Lowe. AB one two three four five six C."),
            A(
                "Thank you, Mrs Lowe. Yes, the overpayment arose because your private pension took you over the earnings limit in April, and that wasn't reported to us."
            ),
            C(
                "I did report it. I rang in April and told a young man. I remember because he said he'd pass it on.",
                "repeat_contact",
            ),
            A(
                "There's no record of that call, I'm afraid. If it was reported, it'll have been the call-handling contractor that didn't pass it on; they were taking calls for us that month.",
                "blame_shift",
            ),
            C("So it's their mistake, not mine."),
            A(
                "Even so, the regulations are clear that an overpayment is recoverable whoever made the error, unless official error is proved.",
                "policy_recital",
            ),
            C("How would I prove it? I don't have a recording."),
            A(
                "You'd need to request a mandatory reconsideration, in writing, within one month of the date on the letter.",
                "channel_redirect",
            ),
            C("Can't you start that for me now? I'm telling you now."),
            A(
                "I'm not able to take a reconsideration request over the phone, I'm afraid; it has to be in writing.",
                "cant_language",
            ),
            C("My hands shake, I can hardly write. Is there someone more senior I can talk to?", "escalation_request"),
            A(
                "A senior officer would go by the same rules, Mrs Lowe. What I can do is set up a repayment plan of ten pounds a week."
            ),
            C("Ten pounds a week for a mistake I didn't make."),
            A(
                "I do sympathise, Mrs Lowe, but the debt stands until a reconsideration says otherwise.",
                "feeling_dismissal",
            ),
            C("I'll get my son to write. Goodbye."),
        ],
    ),
    # ------------------------------------------------------------------ trd_14
    dict(
        call_id="trd_14",
        asr=False,
        supervisor_pick=False,
        notes="Missed rent standing order; Indian English agent admits the bank's fault, uses the terms to refund the landlord's fee, owns the root cause and books two follow-ups.",
        lines=[
            A("Good evening, Harbour and Vale Bank, you are speaking with Deepak, how may I help?"),
            C(
                "Evening. My standing order to my landlord didn't go out on the first, and now he's charged me a late fee. Your app's rubbish, it didn't even tell me."
            ),
            A(
                "I am sorry about the late fee, sir. Let me look at why the standing order did not go. Can I take your name?",
                "apology",
            ),
            C("Jamie Doherty. Account ending four-four-one-nine."),
            A(
                "Thank you, Mr Doherty. The standing order was due on Sunday the first, and it should have gone on the next working day, the Monday. It did not. That is a fault at our end, not with your landlord's bank and not with anything you did."
            ),
            C("Right. So who pays the late fee?"),
            A(
                "We do. Our terms say that if a payment fails through our error we cover the direct costs, so I am refunding the thirty-five pound fee to you today, and I am sending the rent now as a faster payment."
            ),
            C("Oh. I was expecting an argument."),
            A(
                "No argument. I am also going to dig into why this happened myself, because I do not want it repeating next month.",
                "ownership",
            ),
            C("That'd be good. It happened to my mate too."),
            A("I will just place you on hold for a moment while I check the rent payment has left.", "hold"),
            A("Thank you for holding. The rent payment has gone; your landlord should see it within two hours."),
            C("Nice one. Do I need to send him proof or anything?"),
            A(
                "If he asks, I can give you a letter confirming the error was ours. I will email that tomorrow morning, and I will call you on the second of next month to make sure the standing order has gone through properly.",
                "follow_up_promise",
            ),
            C("Brilliant. Cheers."),
            A("And again, I apologise for the trouble, Mr Doherty.", "apology"),
            C("No worries. Bye now."),
        ],
    ),
    # ------------------------------------------------------------------ trd_15
    dict(
        call_id="trd_15",
        asr=True,
        supervisor_pick=True,
        notes="Travel insurance medical claim two months old; agent blames the hospital, cites the pre-existing clause, transfers; assessor quotes the wording and tells the Irish customer to chase Spain herself.",
        lines=[
            A("travel claims good morning youre through to lauren"),
            C(
                "hiya lauren im ringin about me claim for the hospital in malaga its been two months and ive rang yous five times",
                "repeat_contact",
            ),
            A("ok whats the claim reference"),
            C("t c nine nine four two eight"),
            A(
                "so its still pendin cuz the hospital havent sent us the medical report so its with them basically nothin we can do till they send it",
                "blame_shift",
                "cant_language",
            ),
            C("the hospital said they sent it weeks ago i rang them meself on tuesday", "repeat_contact"),
            A("well we havent got it so"),
            A(
                "and also it looks like the claim might get looked at under the pre exiting conditions claws cuz you had asthma before you travelled",
                "policy_recital",
            ),
            C("i declared the asthma i paid extra for it"),
            A(
                "thats not somethin i can see on my screen youd have to talk to the claims assessors ill transfer you now",
                "cant_language",
                "transfer",
            ),
            A("claims assessment its ben"),
            C(
                "hi ben im after bein passed over from lauren about the malaga claim i declared me asthma and paid the extra"
            ),
            A(
                "ok so i can see the screening was done but under section four of the policy wording any claim related to a declared condition still needs the full medical report before we pay anything",
                "policy_recital",
            ),
            C("and where is it"),
            A(
                "youd probably be better off chasin the hospital yourself to be honest they answer patients quicker",
                "channel_redirect",
            ),
            C("im not ringin spain again can i speak to a manager please", "escalation_request"),
            A(
                "look youre gettin yourself all wound up over nothin i can raise a complaint if you want but itll be eight weeks",
                "feeling_dismissal",
            ),
            C("forget it"),
        ],
    ),
    # ------------------------------------------------------------------ trd_16
    dict(
        call_id="trd_16",
        asr=False,
        supervisor_pick=False,
        notes="Emergency tax code; formal British agent explains neutrally why it happened, fixes the code in a few clicks (no hold), and promises a check if the refund is missing.",
        lines=[
            A(
                "Good morning, you're through to the Revenue income tax helpline, my name is Alison. Can I take your national insurance number?"
            ),
            C(
                "Yes, it's NP four four one nine eight two A. I've been put on an emergency tax code and I've lost three hundred pounds this month."
            ),
            A("I'm sorry, that's a big chunk to lose. Let's see why.", "apology"),
            A(
                "Right. Your new employer sent your starter details without your P45 figures, so an emergency code was issued. That's simply what happens when the figures are missing; it isn't anyone being careless."
            ),
            C("My employer says it's your job to fix it."),
            A(
                "They're right, it is. I can put the correct code on now and send it to your employer electronically, so you won't need to chase payroll for anything."
            ),
            C("And the three hundred pounds?"),
            A(
                "It comes back through your next pay once the code's applied. The rules actually work in your favour here, because the code's cumulative, so the whole lot comes back in one go."
            ),
            C("Oh, that's better than I thought."),
            A("Just give me a moment to update it. I won't need to put you on hold, it's only a few clicks."),
            A("Right, that's done. The new code's twelve fifty-seven L and it's gone to your employer."),
            C("Will I get something in writing?"),
            A("A coding notice will appear in your online account in the next day or so; that happens automatically."),
            C("Great. This is the first time I've ever had to ring you, so I didn't know what to expect."),
            A(
                "Well, I hope it's the last. If the refund isn't in your October pay, I'll ring you; I'm setting a reminder to check on the twenty-eighth.",
                "follow_up_promise",
            ),
            C("Thanks so much, Alison."),
            A("My pleasure. Have a good day."),
        ],
    ),
    # ------------------------------------------------------------------ trd_17
    dict(
        call_id="trd_17",
        asr=False,
        supervisor_pick=False,
        notes="Credit card customer lost his job; Indian English agent freezes interest under the hardship policy, owns it, warm-transfers to support who set an affordable plan and book a review.",
        lines=[
            A("Calder Card Services, good morning, you are speaking with Meera."),
            C(
                "Morning, hen. I've lost my job and I'm not going to manage the payment on my card this month, and I'm scared it's going to spiral."
            ),
            A(
                "I am very sorry to hear about your job. You have done the right thing by calling early. May I take your name?",
                "apology",
            ),
            C("Duncan Fraser."),
            A(
                "Thank you, Mr Fraser. Under our financial difficulty policy I can freeze the interest and charges for thirty days straight away while we work out a plan, and I have just done that now."
            ),
            C("You've done it already? I thought you'd tell me to read the small print."),
            A(
                "No small print today. I am going to stay with this until you have a plan you can actually afford; you will not be left on your own with it.",
                "ownership",
            ),
            A(
                "The plan itself is set by our specialist support team, they have longer appointments and can look at your income and outgoings properly. I am bringing one of them onto the call now and will introduce you, so nothing has to be said twice.",
                "transfer",
            ),
            A(
                "Hello Mr Fraser, my name's Callum from the customer support team. Meera's explained about your job. I'm sorry you're going through it.",
                "apology",
            ),
            C("Thanks, son. I just don't want the bailiffs at my door."),
            A(
                "That's not going to happen. I'll be handling your account personally from now on, so you'll deal with me, not a different person each time.",
                "ownership",
            ),
            A("Could you tell me roughly what's coming in each month right now?"),
            C("Just the jobseeker's, and my wife's part-time wages. About eleven hundred."),
            A("Okay. Bear with me, I'm going to pop you on hold while I work out a figure.", "hold"),
            A(
                "Thanks for holding. I can set the minimum payment at twenty-five pounds for six months, with no interest. Would that be manageable?"
            ),
            C("Aye, that I can do."),
            A(
                "Great, it's set up. I'll phone you at the end of the six months, on the fourth of March, to review it with you.",
                "follow_up_promise",
            ),
            C("That's a load off. Thank you both."),
            A("You're welcome, Mr Fraser. Take care of yourself."),
        ],
    ),
    # ------------------------------------------------------------------ trd_18
    dict(
        call_id="trd_18",
        asr=True,
        supervisor_pick=True,
        notes="Tax refund held eleven weeks in security checks; agent blames the risk system, can't see or speed anything, points to the online account; team leader recites the guidance.",
        lines=[
            A("good afternoon revenue helpline youre speakin to jade"),
            C(
                "hello yes my name is arjun mehta im calling about my tax refund it was promised within five weeks and its now eleven weeks"
            ),
            C("i have called on three occasions already", "repeat_contact"),
            A("ok can i take your national insurance number"),
            C("s t four four eight one nine two b"),
            A(
                "right so its been stopped for a security cheque thats the risk system it picks out refunds at random and holds them",
                "blame_shift",
            ),
            C("what security check nobody told me anything"),
            A(
                "they dont tell you thats kind of the point and i cant see what triggered it either that sits with a different team",
                "cant_language",
            ),
            C("so when will i get it"),
            A(
                "under our procedures we dont give timescales once a repayment is in security checks it can be up to twelve weeks",
                "policy_recital",
            ),
            C("i have school fees due on the first this is very serious for me"),
            A(
                "yeah i know its a lot but theres nothing i can speed up from here you can track it on your personnel tax account online",
                "feeling_dismissal",
                "cant_language",
                "channel_redirect",
            ),
            C("i want to speak to somebody senior please", "escalation_request"),
            A("ok ill put you through to my team leader", "transfer"),
            A("hello its gary team leader"),
            C("hello gary i was telling your colleague my refund is eleven weeks late"),
            A(
                "yeah jades filled me in and the guidance on repayment checks is strict a check has to run its full course before anything gets released hardship or not",
                "policy_recital",
            ),
            C("so you will do nothing"),
            A("i can put a note on askin them to look at it but i cant promise anything at all", "cant_language"),
            C("fine put a note"),
        ],
    ),
    # ------------------------------------------------------------------ trd_19
    dict(
        call_id="trd_19",
        asr=False,
        supervisor_pick=False,
        notes="Pension lump sum stuck a month; the regulatory risk warning is done on the call instead of by letter, warm transfer to payments, who hold, confirm Friday and take responsibility.",
        lines=[
            A("Good morning, Brightwater Pensions, this is Rebecca, how may I help?"),
            C(
                "Hello, my name is Colin Drummond. I'm sixty, and I'm trying to take my tax-free lump sum. I filled in the form you sent, and I've heard nothing for a month."
            ),
            A(
                "I'm sorry it's been quiet for a month, that's not what should happen. Let me find your application.",
                "apology",
            ),
            A(
                "I can see it. It's waiting because the regulations require us to give you a risk warning and check you've been offered free guidance before we pay out. Rather than send you a letter and wait again, I can go through that with you now."
            ),
            C("Please do, if it gets it moving."),
            A(
                "The short version is that once you take the lump sum, the rest stays invested and can go up or down. Are you happy you've had that explained, and do you want to decline the free guidance appointment?"
            ),
            C("Yes, I understand, and I'll decline; I've got a financial adviser."),
            A(
                "Perfect. The payment itself is made by our retirement payments team. I'm putting you through to them now and I'll tell them the guidance step is done, so they can book the payment while you're on the line.",
                "transfer",
            ),
            A(
                "Hello Mr Drummond, it's Sanjay in retirement payments. Rebecca's passed the case over with the guidance step done."
            ),
            C("Great. How long now?"),
            A("Let me check the bank details first. One moment, I'll pop you on hold.", "hold"),
            A(
                "Thanks for waiting. The details match, so the lump sum of thirty-one thousand four hundred will be paid on Friday."
            ),
            C("Friday. Good. The last time I rang they told me a week, and it's been a month.", "repeat_contact"),
            A(
                "I'm sorry about that. I'm making myself responsible for this one; I'll check on Friday morning that it's actually left, and if it hasn't, I'll chase it through personally.",
                "apology",
                "ownership",
                "follow_up_promise",
            ),
            C("That's very reassuring. Thank you."),
            A("Is there anything else I can help you with today?"),
            C("No, that's everything. Thanks, Sanjay."),
        ],
    ),
    # ------------------------------------------------------------------ trd_20
    dict(
        call_id="trd_20",
        asr=False,
        supervisor_pick=True,
        notes="Child benefit stopped over an unreturned education form; agent blames the Scottish mother for the missed letter, quotes the rules, demands a printed form, refuses a manager twice.",
        lines=[
            A("Child benefit helpline, you're speaking to Karen."),
            C("Hi, my child benefit's stopped and I've no idea why. I've three weans and it's my food money."),
            A("Name and national insurance number, please."),
            C("Kirsty Boyle, JH five five two one eight three D."),
            A(
                "Right, it's stopped because we wrote to you in June asking you to confirm your eldest is still in education, and we didn't get the form back. If you'd sent it back in time, it wouldn't have stopped.",
                "blame_shift",
            ),
            C("I never got any letter. I moved house in May."),
            A(
                "Well, the letter went to the address we had. Keeping your address up to date is your responsibility, not ours.",
                "blame_shift",
            ),
            C(
                "I did tell you, I phoned in May. And I phoned last week about this, and the man said it'd be back on by Monday.",
                "repeat_contact",
            ),
            A(
                "I've no note of last week's call. In any case, the rules say child benefit for a child over sixteen can't continue unless we hold confirmation of approved education.",
                "policy_recital",
            ),
            C("She's at college! I can send you her college letter today."),
            A(
                "You'll need to fill in form CH two nine seven: download it from the website, print it, and post it to the Child Benefit Office.",
                "channel_redirect",
            ),
            C("I've no printer. Can you not take the details off me now?"),
            A("No, I can't take education details over the phone.", "cant_language"),
            C("This is a joke. Put me on to your manager.", "escalation_request"),
            A(
                "Ms Boyle, I won't be spoken to like that. Shouting at me won't get it paid any faster.",
                "feeling_dismissal",
            ),
            C("I'm not shouting, I'm upset. I want your manager.", "escalation_request"),
            A(
                "My manager isn't available. If you've no printer you can ask for a paper form by post; it takes about ten days.",
                "channel_redirect",
            ),
            C("Ten days. Right. Thanks for nothing."),
        ],
    ),
    # ------------------------------------------------------------------ trd_21
    dict(
        call_id="trd_21",
        asr=True,
        supervisor_pick=False,
        notes="Online banking locked for an elderly Northern Irish caller; Indian English agent removes the block and stays on to walk her through a new passcode himself.",
        lines=[
            A("good morning thank you for calling harbour and vale online banking support my name is sunil"),
            C("hello sunil its bridget connolly im locked out of me online bankin and i dont know what i did"),
            C("me son set it up for me and now it says account suspended"),
            A("you have not done anything wrong madam and we will get you back in today"),
            A("can i have your date of birth and the post code"),
            C("twentieth of october nineteen forty four and its b t nine seven h q"),
            A(
                "thank you madam i see there were three wrong past code tries so the security put a hold on the online access"
            ),
            C("ah that was me i couldnt remember it"),
            A(
                "sorry for the bother madam its perfectly fine it happens a lot i can remove that hold for you now and you can set a new past code",
                "apology",
            ),
            C("will i have to go into the branch in belfast"),
            A(
                "no madam no need to go to branch i will stay on the phone and walk you through it step by step myself until you are logged in",
                "ownership",
            ),
            C("ah youre very good"),
            A("first please open the app on the phone and press forgot past code"),
            C("right im pressin it now its askin for a code"),
            A("yes i have just sent a text code to your mobile please type it in"),
            C("four nine one seven two six its in its in"),
            A(
                "very good madam now choose new six digit past code and please write it somewhere safe not with the phone"
            ),
            C("grand sunil thank you i was dreadin this call"),
            A("you are most welcome madam anything else i can help you"),
            C("no thats all god bless"),
        ],
    ),
    # ------------------------------------------------------------------ trd_22
    dict(
        call_id="trd_22",
        asr=False,
        supervisor_pick=False,
        notes="Burglary claim ignored for three days; agent first blames the digital team, then owns it, transfers to emergency repairs and back, uses the policy limits to help, promises two calls.",
        lines=[
            A("Good afternoon, Lomond Insurance, new claims, this is Stephen."),
            C(
                "Hello. I'm calling because we were burgled on Saturday. I reported it online on Sunday and I was told someone would call within a day. Nobody has.",
                "repeat_contact",
            ),
            A(
                "I'm sorry to hear about the burglary. Online claims are picked up by a separate digital team, so I'd have no sight of when they were planning to call you.",
                "apology",
                "blame_shift",
            ),
            C("Well, can you deal with it, or not?"),
            A("The best thing would probably be to wait for them to get in touch."),
            C(
                "I've been waiting three days. My laptop was taken, my wife's jewellery. The back door's still boarded up."
            ),
            A(
                "You're right, that's far too long, and I shouldn't have fobbed you off just now. I'll take the claim on myself and get it moving.",
                "ownership",
            ),
            A(
                "For the door, I'm going to put you through to our emergency repairs line so they can send a joiner, and then you'll come back to me for the contents.",
                "transfer",
            ),
            A(
                "Emergency repairs, Lorna speaking. Stephen's told me about the back door. I can get a joiner to you tomorrow morning; is eight till twelve okay?"
            ),
            C("That'd be great, yes."),
            A("Booked. I'll hand you back to Stephen now.", "transfer"),
            A(
                "Hello again. Now, the contents. Your policy covers theft by forcible entry, so that's fine, and the laptop's under the single-item limit, so there's no problem there."
            ),
            C("And the jewellery? Some of it was my wife's mother's."),
            A(
                "Jewellery has its own limit of five thousand in total, but I'm not going to hold that against you until we've had a valuation. I'll ask our jewellery specialist to ring you on Thursday to go through the pieces.",
                "follow_up_promise",
            ),
            C("Okay. And what do you need from us?"),
            A(
                "Just the crime reference number and any receipts or photos you have. You can reply to the email I'm about to send; it comes straight to me."
            ),
            C("The crime number's NI four four eight two one."),
            A("Got it. I'll call you on Friday to update you on the contents.", "follow_up_promise"),
            C("Thank you, Stephen. That's much better."),
        ],
    ),
    # ------------------------------------------------------------------ trd_23
    dict(
        call_id="trd_23",
        asr=False,
        supervisor_pick=True,
        notes="Early repayment charge for an elderly Scottish couple downsizing; Indian English agent recites the offer and lending criteria, blames the broker, points to the ombudsman; manager holds the line.",
        lines=[
            A("Good morning, Thistle Home Loans, my name is Karthik, how may I help you?"),
            C(
                "Good morning, son. My wife and I are selling up to move into a bungalow, and your statement says there's an eight thousand pound penalty for paying off the mortgage. Nobody ever mentioned that to us."
            ),
            A(
                "Yes sir, that is the early repayment charge. As mentioned in your mortgage offer, section five, an early repayment charge of three percent applies if the loan is repaid within the fixed-rate period.",
                "policy_recital",
            ),
            C("We're seventy-six. We'd never have taken a fix if we'd known."),
            A(
                "Sir, the mortgage was arranged through a broker, so explaining the charges was the broker's responsibility, not the bank's.",
                "blame_shift",
            ),
            C("The broker's retired. He's not there any more."),
            A(
                "Then you may wish to contact the Financial Ombudsman Service, sir, they look at complaints about brokers.",
                "channel_redirect",
            ),
            C("Can the mortgage not be moved to the new house? Port it, my grandson said."),
            A(
                "Porting is possible in principle, sir, but as per our lending criteria we cannot lend beyond age eighty at the end of the term, so a new loan would not be approved for you.",
                "policy_recital",
            ),
            C("So we're stuck paying eight thousand pounds."),
            A(
                "Sir, please understand, these are the terms that were accepted at the time of the offer. I am not authorised to waive any charge.",
                "policy_recital",
                "cant_language",
            ),
            C("Could I speak to a manager? Surely somebody can use their discretion.", "escalation_request"),
            A("I will put you through to my manager, please hold the line.", "transfer"),
            A(
                "Good morning, this is Deborah, customer relations manager. I understand you're selling and there's an early repayment charge."
            ),
            C("Yes. Eight thousand pounds. We're pensioners."),
            A(
                "I'm sorry, and I can see why you're upset, but the charge is contractual and it will stand. If you wish, you can put a formal complaint in writing to our complaints department.",
                "apology",
                "feeling_dismissal",
                "policy_recital",
                "channel_redirect",
            ),
            C("A complaint. Aye. We'll do that."),
            A("Is there anything else I can help with today?"),
            C("No, I think you've both said enough."),
        ],
    ),
    # ------------------------------------------------------------------ trd_24
    dict(
        call_id="trd_24",
        asr=True,
        supervisor_pick=False,
        notes="Unknown taxi charge on a young Scottish customer's card; agent refuses to point the finger, credits it, owns the dispute, holds to order a card, promises a text.",
        lines=[
            A("hiya youre through to calder cards this is lewis"),
            C("aye hi there is a payment on ma card for a taxi in london an ive never been tae london in ma life"),
            A("ah right sorry about that lets get it looked at whats your name", "apology"),
            C("eilidh mackay"),
            A("ok eilidh and can you confirm the last four of the card"),
            C("nine nine three one"),
            A("right so im seein a sixty two pound taxi fare on tuesday night"),
            C("thats the taxi company clowned it or somethin wasnt it"),
            A(
                "could be could be anywhere to be honest im not gonna point the finger at anybody what matters is gettin your money back an im gonna make that happen",
                "ownership",
            ),
            A("so ive put a dis pute on it and the sixty two pound is credited back to you now as a temporary credit"),
            C("oh brilliant do i need tae fill in a form or anythin"),
            A(
                "nah no forms ill do all the back an forth with the taxi firm myself youll not hear from them",
                "ownership",
            ),
            A("gonna put you on hold a sec while i order your new card", "hold"),
            A("thanks for holdin new cards on its way should be with you thursday or friday"),
            C("magic and will that credit go away again"),
            A("itll stay unless the dispute goes against you and i cant see that happenin here"),
            A("ill text you when its made permanent should be within ten days", "follow_up_promise"),
            C("cheers lewis youre a star"),
            A("nae bother take care"),
        ],
    ),
    # ------------------------------------------------------------------ trd_25
    dict(
        call_id="trd_25",
        asr=False,
        supervisor_pick=True,
        notes="Critical illness claim unpaid for seven months; agent blames the GP surgery, recites the medical-reports process, dismisses the wife's distress; team leader's hands are tied too.",
        lines=[
            A("Good morning, Meridian Life claims, Jonathan speaking."),
            C(
                "Hello. My husband had a stroke in January. We made a critical illness claim in February and it's still not been paid. I've rung you every fortnight since.",
                "repeat_contact",
            ),
            A("I'm sorry to hear about your husband. Let me have a look.", "apology"),
            A(
                "Right. It's awaiting the medical records from your GP surgery. We've requested them three times, so it really is with the surgery now.",
                "blame_shift",
            ),
            C("I rang the surgery on Monday, and they told me they sent everything in March.", "repeat_contact"),
            A(
                "Then perhaps they sent it to an old address. Surgeries are forever using out-of-date addresses for us.",
                "blame_shift",
            ),
            C("Can you not ring the surgery yourself and sort it out between you?"),
            A(
                "We don't contact surgeries by phone, I'm afraid; our process is that every request goes in writing, under the access to medical reports rules.",
                "policy_recital",
            ),
            C("My husband can't speak properly any more. We need this money for the adaptations to the house."),
            A(
                "You really mustn't let the paperwork get to you, Mrs Hale, it will get there in the end.",
                "feeling_dismissal",
            ),
            C(
                "It's not getting to me. I'm trying to get you to do your job. Let me talk to a manager.",
                "escalation_request",
            ),
            A("I'll transfer you to the claims team leader.", "transfer"),
            A("Hello, Mrs Hale, it's Victoria, team leader. Jonathan's given me the gist."),
            C("Then you know we've waited seven months."),
            A(
                "I do, and I sympathise. Unfortunately the policy conditions say no payment can be made until the medical evidence has been assessed, so my hands are tied on that.",
                "feeling_dismissal",
                "policy_recital",
                "cant_language",
            ),
            C("So nothing changes."),
            A(
                "I'll send another request to the surgery today, and you might want to hand a copy of it in at the surgery yourself to speed things along.",
                "channel_redirect",
            ),
            C("Goodbye."),
        ],
    ),
    # ------------------------------------------------------------------ trd_26
    dict(
        call_id="trd_26",
        asr=False,
        supervisor_pick=False,
        notes="ISA transfer missing six weeks for an elderly man; Indian English agent won't guess who is at fault, rings the old provider on hold, finds it in the bank's suspense account, owns it.",
        lines=[
            A("Good afternoon, Harbour and Vale savings, this is Nikhil speaking, how can I help you today?"),
            C(
                "Good afternoon, young man. I asked for my ISA to be moved over to you from my old building society six weeks ago, and it still hasn't arrived. Thirty thousand pounds is floating about somewhere."
            ),
            A("I am sorry for the worry, sir. Let me trace it for you. May I have your name and postcode?", "apology"),
            C("Reginald Parr. DE four, one-B-T."),
            A(
                "Thank you, Mr Parr. We sent the transfer request to your old building society on the third, and they acknowledged it. Transfers between providers should take up to thirty days under the ISA rules, so it has run over."
            ),
            C("So who's holding it up, them or you?"),
            A(
                "Honestly, I don't know yet, and I would rather find out than guess. Would you mind holding while I phone their ISA team? It may take a few minutes.",
                "hold",
            ),
            A(
                "Thank you for waiting, Mr Parr. I have spoken to them. They released the money on Monday, but it came into our general suspense account without your reference, so it has been sitting with us. That one is our error."
            ),
            C("Well, I'm glad someone's owned up to it."),
            A(
                "I am taking personal responsibility for getting it into your ISA today, and for making sure you get the interest you would have earned since Monday.",
                "ownership",
            ),
            C("That's very fair. Will it affect my allowance for this year?"),
            A("No. Because it is a transfer, it does not use any of this year's allowance; the rules protect that."),
            C("Good. I was worried about that."),
            A("I will phone you tomorrow before noon to confirm it is showing in the ISA, sir.", "follow_up_promise"),
            C("I shan't be going anywhere. Thank you, Nikhil."),
            A("You're welcome, Mr Parr. Have a pleasant afternoon."),
        ],
    ),
    # ------------------------------------------------------------------ trd_27
    dict(
        call_id="trd_27",
        asr=True,
        supervisor_pick=True,
        notes="Disability benefit decision waiting three months on an assessment report; agent blames the private assessor, can't chase, quotes guidance, sends the Northern Irish claimant to ring them and to the job centre.",
        lines=[
            A("disability benefits enquiry line youre speakin to paul"),
            C(
                "hiya its shawn mccann i had me assess mint three months ago and ive heard nothin an ive rang yous twice",
                "repeat_contact",
            ),
            A("ok give me your national insurance number there"),
            C("y z two two four eight one one a"),
            A(
                "right so the report from your assessment still hasnt come back to us from the assessment provider theyre a private company and theyve been really slow",
                "blame_shift",
            ),
            C("but yous hired them"),
            A(
                "yeah its not ideal but once its with them we cant do a thing to hurry it up from this line",
                "cant_language",
            ),
            C("i cant afford to wait another three months i had to give up work"),
            A(
                "yeah thats tough but the guidance says no decision can be made without the assessors re port",
                "feeling_dismissal",
                "policy_recital",
            ),
            C("can i not ring the assessment crowd meself"),
            A("you can yeah their numbers on the letter you got for the appointment", "channel_redirect"),
            C("i rang them last week and they said it was sent to yous", "repeat_contact"),
            A("well we havent got it so either theyve not sent it or theyve sent it wrong", "blame_shift"),
            C("this is a disgrace can i talk to a supervisor", "escalation_request"),
            A("theres no sense gettin yourself in a state shawn itll come through eventually", "feeling_dismissal"),
            C("a state im on me last tenner"),
            A("if youre strugglin you could apply for a hard ship payment at the job centre", "channel_redirect"),
            C("unbelievable"),
        ],
    ),
    # ------------------------------------------------------------------ trd_28
    dict(
        call_id="trd_28",
        asr=False,
        supervisor_pick=False,
        notes="Widow gets a tax demand addressed to her late husband; formal British agent holds, apologises, transfers rather than giving a number; bereavement team owns it and promises a letter and a call.",
        lines=[
            A("Good morning, Revenue helpline, you're speaking with Martin."),
            C(
                "Good morning. I'm ringing because my husband died in April, and I've had a letter addressed to him saying he owes tax. I don't know what to do with it."
            ),
            A(
                "I'm very sorry for your loss. There's no rush at all on my side, so we'll go through it together.",
                "apology",
            ),
            C("Thank you. It says five hundred and sixty pounds for last year."),
            A("Could I take your husband's national insurance number, and your name?"),
            C("It's AB seven seven one two three four D. I'm Joan Whitaker."),
            A(
                "Thank you, Mrs Whitaker. Bear with me; I'm going to put you on hold for a moment while I read through his record properly.",
                "hold",
            ),
            A(
                "Thank you for holding. That letter should never have been sent to you like that; it was produced before we'd been told of his death, and I apologise for the upset it's caused.",
                "apology",
            ),
            C("So I don't have to pay it?"),
            A(
                "It needs looking at by our bereavement team, who deal with estates. Rather than give you their number, I'll put you through and explain it to them first.",
                "transfer",
            ),
            A(
                "Hello, Mrs Whitaker, my name is Aisha from the bereavement team. Martin's explained about the letter; I'm so sorry about your husband.",
                "apology",
            ),
            C("Thank you, dear."),
            A(
                "His pension paid a little too little tax last year, which is where the figure came from. But I'm going to handle this personally from here: the estate can settle it, and you don't have to pay anything now or send us anything.",
                "ownership",
            ),
            C("Oh, the relief. I've been lying awake over it."),
            A(
                "I'll write to you by the end of next week with everything in plain English, and I'll ring you the day it goes in the post so you know to look out for it.",
                "follow_up_promise",
            ),
            C("You've both been very kind."),
            A("It's no trouble at all. Look after yourself, Mrs Whitaker."),
        ],
    ),
    # ------------------------------------------------------------------ trd_29
    dict(
        call_id="trd_29",
        asr=False,
        supervisor_pick=False,
        notes="Mortgage arrears and a repossession letter; agent starts by blaming the Scottish customer and the print centre and quoting the conditions, then admits fault, owns it, stops the letters.",
        lines=[
            A("Good morning, Thistle Home Loans, collections team, this is Graham."),
            C(
                "Morning. I've had a letter threatening repossession. I'm two months behind because my hours were cut, and I phoned in August to say I was struggling.",
                "repeat_contact",
            ),
            A(
                "I can see the arrears, Mr Stewart. To be fair, if you'd set up an arrangement when you first fell behind, it wouldn't have reached this stage.",
                "blame_shift",
            ),
            C("I tried. The woman in August said she'd send me an income and expenditure form, and it never came."),
            A(
                "Those forms go out from our print centre, and they've had problems all autumn, so that'll be where it went wrong.",
                "blame_shift",
            ),
            C("I don't care where it went wrong. I've got two bairns. Am I going to lose the house?"),
            A(
                "Under the mortgage conditions, once there are three months of arrears the account is passed to our litigation department automatically.",
                "policy_recital",
            ),
            C("So that's a yes."),
            A(
                "No. Sorry, Mr Stewart, I've gone about this the wrong way. You rang us in August and we didn't follow it up. That's on us.",
                "apology",
            ),
            A(
                "I'm taking this over myself, right now, and I'll make sure it doesn't get anywhere near litigation.",
                "ownership",
            ),
            C("Right. Okay. What does that mean?"),
            A(
                "It means we'll do the income and expenditure together now, on this call, instead of me posting a form. Have you got about fifteen minutes?"
            ),
            C("Aye, I've got time."),
            A(
                "Great. Let me stop the letters first; I'll need to leave you holding for a minute while I do that.",
                "hold",
            ),
            A(
                "Thanks for holding. The repossession letters are stopped, and there's a ninety-day hold on any further action."
            ),
            C("That's a weight off my shoulders."),
            A(
                "And you'll be dealing with me from now on, not a different person every time. I won't let this slip again.",
                "ownership",
            ),
            A(
                "Once we've done the figures, I'll ring you on Monday with the arrangement, and the paperwork will follow.",
                "follow_up_promise",
            ),
            C("Thanks, Graham. I appreciate you changing your tune."),
        ],
    ),
    # ------------------------------------------------------------------ trd_30
    dict(
        call_id="trd_30",
        asr=True,
        supervisor_pick=False,
        notes="Elderly man's pension transfer to a cold-calling overseas scheme paused by scam checks; Indian English agent cites the regulations, reassures him, owns the case and books a safeguarding call.",
        lines=[
            A("good afternoon brightwater pensions you are speaking with kavya"),
            C(
                "hello dear its dennis hobbs i want to know why you stopped my pension transfer to that investment company"
            ),
            C("the man from the company said you were being awkward"),
            A("thank you mr hobbs let me check for you one moment"),
            A("ok i can see the transfer request is marked ember by our scam cheques"),
            A(
                "the regulations require us to stop transfers to over sees schemes like this one while there are warning signs so it cannot go ahead as it is",
                "policy_recital",
            ),
            C("warning signs what warning signs he was very nice"),
            A("they cold called you yes and they offered eight percent guaranteed"),
            C("yes thats right"),
            A("those are two of the big signs sir im not saying you did anything wrong these people are very clever"),
            A(
                "so what i will do is i will personally stay with your case and i will not let the money go anywhere until you are completely happy",
                "ownership",
            ),
            C("oh i see well i dont want to lose it my wife would kill me"),
            A(
                "also i will ask our safeguarding team to call you tomorrow morning at ten to go through it slowly with you",
                "follow_up_promise",
            ),
            C("ten oclock is fine will you be on that call"),
            A("yes i will join the call myself so you are talking to a voice you know", "ownership"),
            C("haha alright dear thank you very much"),
            A("and if that company rings you again you can just put the phone down you dont have to argue with them"),
            C("i will thank you kavya bye bye"),
        ],
    ),
]
