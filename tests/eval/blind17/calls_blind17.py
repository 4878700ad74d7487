"""Source of truth for the blind17 set: 32 blind labelled customer-service calls (b17_01 .. b17_32).

Written blind by a helper session (Claude) on 2026-12-07, to the round-16 labelling conventions in
tests/eval/blind/README.md (from "## Labelling conventions" to the end, including "Real speech" and the
"Round 16 addition"). All wording is new.

Each call is a dict; each utterance is a tuple (speaker, text, labels): speaker "a" (agent) or "c"
(customer), labels a space-separated string of moment kinds ("" for none). A `hold` label leaves a
15-40 s gap after that utterance (also when it carries `transfer`: the customer waits while being
connected); a `transfer` without `hold` leaves 1.5-4 s (a colleague beside the agent, who then
introduces themself). `asr` marks the real-speech calls (lower case, no punctuation or digits).
`build_blind17.py` turns this into b17_NN.json.
"""

CALLS = [
    # ------------------------------------------------------------------ 01
    dict(
        id="b17_01",
        pick=False,
        asr=False,
        notes=(
            "Dental practice (Welsh English), cracked filling; clean; hold while the agent checks the diary "
            "herself, instruction, conditional ring-back by the customer, personal call Wednesday, automatic "
            "reminder text."
        ),
        utts=[
            ("a", "Good morning, Afon Dental in Llandeilo, Bethan speaking, how can I help?", ""),
            ("c",
             "Morning Bethan. I've cracked a filling on a back tooth. It's not agony, but the edge is catching"
             " my tongue something awful.",
             ""),
            ("a",
             "Oh no, I'm sorry, that's a miserable thing to put up with. Can I have your name and date of "
             "birth, please?",
             "apology"),
            ("c", "Gareth Pryce, fourteenth of March, nineteen seventy-eight.", ""),
            ("a", "Lovely, thank you Gareth. Is it sore to bite on, or is it more the sharp edge bothering you?", ""),
            ("c", "Mostly the edge, to be honest. My wife reckons I've been talking funny all weekend.", ""),
            ("a",
             "Right, I'll find you a slot with Mr Howells this week myself. Stay on the line for me while I go"
             " through his diary properly.",
             "ownership hold"),
            ("a",
             "Thanks for hanging on. He's got Thursday at twenty past ten, or Friday first thing at half "
             "eight.",
             ""),
            ("c", "Thursday's better, I'm up at the farm on Friday morning.", ""),
            ("a",
             "Done, Thursday at ten twenty. Meanwhile a bit of sugar-free gum pressed over the edge can take "
             "the sting out of it.",
             ""),
            ("c", "Good tip, I'll try that. Will it cost much, do you think?", ""),
            ("a",
             "If it's only the filling, it'd be the band two NHS charge, but he'll talk it through with you "
             "before he starts anything.",
             ""),
            ("c", "Fair enough. And if it gets worse before Thursday?", ""),
            ("a",
             "Ring us first thing and we'll fit you in as an emergency, there are always a couple of slots "
             "kept back each morning.",
             ""),
            ("c", "Brilliant. I was half expecting to be told three weeks.", ""),
            ("a",
             "Not with a broken filling, no. I'll also give you a call on Wednesday afternoon to check it's "
             "holding up.",
             "follow_up_promise"),
            ("c", "That's kind of you, thanks Bethan.", ""),
            ("a", "You'll get a text reminder the day before as well. Anything else I can do for you?", ""),
            ("c", "No, that's everything. Diolch.", ""),
            ("a", "Croeso. Take care, Gareth, see you Thursday.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 02
    dict(
        id="b17_02",
        pick=True,
        asr=False,
        notes=(
            "Boiler cover (Glasgow), fourth call, no heating; parts supplier blamed, clause recited, dismissal "
            "twice, two supervisor requests, handed to a colleague who also sends him to email and a web form; "
            "unresolved."
        ),
        utts=[
            ("a", "HeatSure Boiler Cover, you're through to Callum.", ""),
            ("c",
             "Aye, hiya. This is the fourth time I've phoned about my boiler, and I've still got no heating or"
             " hot water.",
             "repeat_contact"),
            ("a", "Can I get your policy number and the first line of your address?", ""),
            ("c", "H S four four nine one two, and it's forty-two Dumbarton Road.", ""),
            ("a",
             "Right, the engineer was out on Tuesday and ordered a diverter valve. The parts supplier hasn't "
             "sent it on yet, so that's the hold-up.",
             "blame_shift"),
            ("c",
             "I've a two-year-old in the house and it's been a week. The lassie I spoke to on Monday promised "
             "me it'd be fitted Friday.",
             "repeat_contact"),
            ("a",
             "There's no sense getting yourself in a state over it, it'll arrive when it arrives.",
             "feeling_dismissal"),
            ("c", "Don't tell me how to feel, pal. I want somebody to sort this.", ""),
            ("a",
             "Under clause six of your cover, delays on parts don't count towards the repair timescale, so no "
             "compensation is triggered.",
             "policy_recital"),
            ("c", "What about a temporary heater, at least? Other firms hand them out.", ""),
            ("a",
             "I'm not able to send heaters out, that's just not something I've got access to on my end.",
             "cant_language"),
            ("c", "Then put me through to a manager, please. Somebody above you.", "escalation_request"),
            ("a",
             "The best I can do is give you the address for the complaints team, you'd need to email them "
             "yourself.",
             "channel_redirect"),
            ("c", "I don't want an email address. Get me your supervisor.", "escalation_request"),
            ("a",
             "Look, I completely see why you're fed up, but the valve's with the supplier and the policy is "
             "what it is.",
             "feeling_dismissal"),
            ("c", "So nobody's coming, and nobody senior will talk to me.", ""),
            ("a", "I'll pass you to my colleague on customer relations, she's sat right next to me.", "transfer"),
            ("a",
             "Hi, it's Morag in customer relations, I've read Callum's notes. Complaints do need to come in "
             "writing, so email really is the route.",
             "channel_redirect"),
            ("c", "Unbelievable. A week with no heat and the answer's still write to us.", ""),
            ("a", "There's a form on the website too, if that's easier for you.", "channel_redirect"),
            ("c", "Forget it. I'll get a plumber in myself and send you the bill.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 03
    dict(
        id="b17_03",
        pick=False,
        asr=True,
        notes=(
            "Vet clinic (American Midwest), ASR; missing pain meds after a dental; pharmacy blamed, can't "
            "authorise, earlier unreturned call; agent apologises, walks it to the vet herself and calls back; "
            "clarifying sorry unlabelled, one garble."
        ),
        utts=[
            ("a", "thanks for calling prairie paws animal hospital this is kayla", ""),
            ("c",
             "hi yeah um this is about my dog biscuit he had his teeth cleaning on monday and we were supposed"
             " to get pain meds sent home with him",
             ""),
            ("a", "okay can i get your last name and the pets name", ""),
            ("c", "its hallorann h a l l o r a n n and the dog is biscuit hes a beagle", ""),
            ("a",
             "okay so i do see the order for the meloxicam um it looks like the pharmacy side didnt fill it "
             "before discharge so that was them",
             "blame_shift"),
            ("c",
             "well hes been whining all night and uh i i called yesterday afternoon too and nobody called me "
             "back",
             "repeat_contact"),
            ("a",
             "yeah so i cant really i cant authorize meds myself thats gotta come from the doctor",
             "cant_language"),
            ("c", "okay but the doctor is is who i need then right like", ""),
            ("a",
             "no youre right i shouldnt be bouncing you around and im really sorry nobody got back to you "
             "yesterday",
             "apology"),
            ("c", "i mean i just want him comfortable you know hes hes my little guy", ""),
            ("a",
             "totally so heres the plan im gonna walk back to doctor patel myself right now and get that "
             "prescription signed",
             "ownership"),
            ("c", "okay yeah the the barn lid on the cider gate", ""),
            ("a", "sorry i lost the end of that what did you say", ""),
            ("c", "i said how long till its ready", ""),
            ("a", "should be twenty minutes tops its just a liquid you squirt in the side of his cheek", ""),
            ("a",
             "and then ill call you back within the hour to let you know its waiting at the front desk",
             "follow_up_promise"),
            ("c", "do i need to bring his carrier or anything", ""),
            ("a", "nope just yourself and an id and ill have it bagged up with his name on it", ""),
            ("c", "okay awesome thank you kayla", ""),
            ("a", "youre welcome and give biscuit a scratch behind the ears from us", ""),
        ],
    ),
    # ------------------------------------------------------------------ 04
    dict(
        id="b17_04",
        pick=False,
        asr=False,
        notes=(
            "Car rental (Canadian, Halifax), upgrade to a minivan; clean; hold while she checks the lot, 'we'll "
            "hold the van' not a hold, apology for re-taking the card, confirmation email."
        ),
        utts=[
            ("a", "Good afternoon, Maritime Car Rental, this is Jean-Luc speaking.", ""),
            ("c",
             "Hi there. I've got a pickup at Halifax airport on Friday, and I need to switch it to a minivan "
             "if you've got one.",
             ""),
            ("a", "Sure thing. Could I get the confirmation number, or the name on the booking?", ""),
            ("c",
             "It's under Okafor, O-K-A-F-O-R, first name Chidi. My in-laws are flying in, so suddenly there's "
             "seven of us.",
             ""),
            ("a",
             "Full house, eh? Let me switch that over for you. Can I ask you to hold a minute while I check "
             "what's on the lot for Friday?",
             "ownership hold"),
            ("c", "Sure, go ahead.", ""),
            ("a", "Thanks for holding, Chidi. We've got a Grand Caravan available from noon onwards.", ""),
            ("c", "Noon works. What does that do to the price?", ""),
            ("a",
             "It goes from forty-one a day to fifty-eight a day, so about sixty-eight dollars more over the "
             "four days, plus tax.",
             ""),
            ("c", "Okay, that's fine. And the booster seat I'd added, does that come across too?", ""),
            ("a", "It does, it's attached to the reservation rather than the car. It's on the van now.", ""),
            ("c", "Great. My flight lands at eleven-forty, so I might be a little late getting to the counter.", ""),
            ("a",
             "No problem, we'll hold the van until six as long as there's a flight number on file. Which "
             "flight is it?",
             ""),
            ("c", "WestJet two twenty-eight from Calgary.", ""),
            ("a",
             "Got it. Apologies for the extra step, but I need to re-authorise the card since the amount "
             "changed. Last four digits?",
             "apology"),
            ("c", "Four four one seven.", ""),
            ("a",
             "Perfect, that's gone through. The updated confirmation is in your inbox now, and the van will be"
             " in bay C.",
             ""),
            ("c", "That was painless, thank you.", ""),
            ("a", "My pleasure. Enjoy the family visit, and drive safe on the 102.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 05
    dict(
        id="b17_05",
        pick=False,
        asr=False,
        notes=(
            "Hotel (West of Ireland), wrong room type booked; clean; change made during the call, routine kitchen"
            " note, personal call on arrival day, apology for the confusing booking page, confirmation email."
        ),
        utts=[
            ("a", "Good evening, the Corrib View Hotel, Siobhán speaking.", ""),
            ("c",
             "Hi Siobhán. I've a booking for the twelfth, two nights, and I'm only after realising I booked a "
             "twin instead of a double. Total eejit.",
             ""),
            ("a", "Ah, not at all, it happens constantly. What name is it under?", ""),
            ("c", "Declan Moriarty.", ""),
            ("a",
             "Grand, I have you. Let me move you across to a double now, I'll sort it while we're talking.",
             "ownership"),
            ("c", "Is there one free, though? It's the bank holiday weekend.", ""),
            ("a", "There is, the last one with the lake view, and as it happens it's the same rate as the twin.", ""),
            ("c", "You're a star. My partner's coeliac, by the way, is breakfast going to be a problem?", ""),
            ("a",
             "Not at all, the kitchen does a proper gluten-free breakfast. I'll pop a note on the booking so "
             "they know before you arrive.",
             ""),
            ("c", "Brilliant. And is there parking at all?", ""),
            ("a", "Free parking round the back. It's a bit tight, so mind yourself on the wall by the bins.", ""),
            ("c",
             "And would you have anywhere to leave bikes? We're hoping to cycle out to Spiddal on the "
             "Saturday.",
             ""),
            ("a",
             "There's a locked shed beside the car park, just ask at reception for the code when you check in.",
             ""),
            ("c", "Ha, noted. One more thing, we won't get in until after ten at night.", ""),
            ("a",
             "That's fine, the night porter's on. I'll give you a ring on the day around lunchtime to check "
             "your arrival time and have the key ready.",
             "follow_up_promise"),
            ("c", "Ah, there's no need to go to that trouble.", ""),
            ("a",
             "It's no trouble. And I'm sorry our booking page makes the twin and the double look so alike, we "
             "really need to fix that.",
             "apology"),
            ("c", "Ah, you're grand. See you on the twelfth so.", ""),
            ("a", "The new confirmation will come through by email in a few minutes. Safe travels, Declan.", ""),
            ("c", "Thanks a million, bye bye.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 06
    dict(
        id="b17_06",
        pick=False,
        asr=True,
        notes=(
            "Phone repair shop (Indian English, Bengaluru), ASR; touch fails after a screen repair; warranty "
            "terms recited, dismissal, handed to the service lead beside him, who owns the fault, will redo it "
            "herself and message tonight; garble, clarifying sorry."
        ),
        utts=[
            ("a", "good afternoon fixit mobile care this is rohit speaking how may i help you", ""),
            ("c",
             "yes hello rohit i gave my phone for screen replacement on saturday and um now the the touch is "
             "not working on the bottom side",
             ""),
            ("a", "okay sir can you tell me the job sheet number", ""),
            ("c", "yes its on the blue paper the the forty bench mango", ""),
            ("a", "sorry sir can you repeat the number", ""),
            ("c", "j s four two seven one nine", ""),
            ("a", "okay one sec sir yes i can see it", ""),
            ("a",
             "so as per our service terms sir any damage after you collect the device is not covered under the"
             " repair warranty",
             "policy_recital"),
            ("c", "what damage i didnt drop it nothing it just stopped working the same evening", ""),
            ("a",
             "sir please dont get so tensed its only a small touch issue these things happen",
             "feeling_dismissal"),
            ("c", "i am not tensed i just want what i paid for i paid four thousand rupees for this", ""),
            ("a", "okay sir let me ask my senior shes sitting right here she handles the warranty side", "transfer"),
            ("a", "hello sir this is priyanka the service lead ive gone through your job sheet just now", ""),
            ("a",
             "really sorry about this sir the notes show the digitizer cable was not seated properly when we "
             "fitted it so thats our mistake not yours",
             "apology"),
            ("c", "okay thank you for saying that at least", ""),
            ("a",
             "i will take care of it myself bring the phone tomorrow any time after ten and i will redo the "
             "fitting in front of you no charge",
             "ownership"),
            ("c", "tomorrow morning is fine uh will it take long", ""),
            ("a", "around forty minutes you can wait in the shop we have tea coffee", ""),
            ("c", "and the the screen guard also got a wrinkle in the corner", ""),
            ("a",
             "we will change that also free of cost and i will whatsapp you tonight with your token number",
             "follow_up_promise"),
            ("c", "okay thank you madam", ""),
            ("a", "welcome sir see you tomorrow", ""),
        ],
    ),
    # ------------------------------------------------------------------ 07
    dict(
        id="b17_07",
        pick=True,
        asr=False,
        notes=(
            "Airline baggage (Nigerian English), bag left in Houston before a wedding; repeat calls and an "
            "airport visit, ground handler blamed, dismissal twice, expense terms, can't see tracing, supervisor "
            "refused, online form; unresolved."
        ),
        utts=[
            ("a",
             "Thank you for calling Gulf Coast Airways baggage services, my name is Tunde, how may I assist "
             "you?",
             ""),
            ("c",
             "Good day, Tunde. My suitcase did not arrive in Lagos on Tuesday. I have called three times "
             "already and each time they tell me tomorrow.",
             "repeat_contact"),
            ("a", "May I have the file reference, please?", ""),
            ("c", "L O S G C four eight eight one.", ""),
            ("a",
             "I see it. The bag stayed in Houston; the ground handling company there did not load it onto the "
             "connection.",
             "blame_shift"),
            ("c",
             "That is what your colleague said on Wednesday. I also went to your airport desk yesterday and "
             "waited two hours.",
             "repeat_contact"),
            ("a",
             "Madam, there is no need to be so agitated. Bags are delayed every day and they turn up.",
             "feeling_dismissal"),
            ("c", "My daughter's wedding is on Saturday. The aso-ebi for the whole family is in that bag.", ""),
            ("a",
             "According to our conditions of carriage, interim expenses are limited to fifty dollars per day "
             "for the first five days.",
             "policy_recital"),
            ("c", "Fifty dollars will not replace handmade outfits. Can you at least tell me when it will come?", ""),
            ("a",
             "I am not able to see which flight it is booked on. I have no access to the Houston tracing "
             "screens.",
             "cant_language"),
            ("c", "Then who has? Put me through to your supervisor, please.", "escalation_request"),
            ("a",
             "For expenses you would need to complete the online claim form on our website and upload your "
             "receipts there.",
             "channel_redirect"),
            ("c", "I asked for a supervisor, not a form.", ""),
            ("a",
             "I understand your frustration, but a supervisor would tell you the same. The form is the only "
             "way.",
             "feeling_dismissal channel_redirect"),
            ("c", "So I should just wait and pray.", ""),
            ("a", "The tracing system sends an SMS automatically when the bag moves.", ""),
            ("c", "I have heard that one before. Thank you for nothing.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 08
    dict(
        id="b17_08",
        pick=False,
        asr=False,
        notes=(
            "Pet insurance (Australian, Brisbane), declined surgery claim; exclusion clause recited, hollow "
            "empathy; agent spots the wrong limb, apologises, hold + transfer to a senior assessor who reopens it"
            " herself and emails Monday."
        ),
        utts=[
            ("a", "G'day, you're through to Wattle Pet Insurance, Brooke speaking.", ""),
            ("c",
             "Hi Brooke, I'm ringing about the claim for my cat Mango's leg surgery. It got knocked back and I"
             " can't work out why.",
             ""),
            ("a", "No worries, can I grab the policy number and your date of birth?", ""),
            ("c", "W P seven seven three two one, and I'm the second of June, eighty-five.", ""),
            ("a",
             "Thanks. So the claim was declined because clause fourteen excludes any condition that showed "
             "signs in the first six months of cover.",
             "policy_recital"),
            ("c", "But she only hurt her leg in January. We've had the policy since twenty twenty-two.", ""),
            ("a",
             "Look, I know it's upsetting, but the assessor's been through it and that's what the clause says.",
             "feeling_dismissal"),
            ("c", "Then the assessor's looking at the wrong leg. Her earlier vet note is about her back leg.", ""),
            ("a",
             "Oh. Right, let me read the vet notes properly... yeah, the earlier note is the left hind, and "
             "the surgery's the right front.",
             ""),
            ("c", "Exactly.", ""),
            ("a", "I'm sorry, you're spot on, that's been read wrong at our end.", "apology"),
            ("a",
             "I'm going to pop you on hold for a couple of minutes while I get a senior assessor on and brief "
             "her, so you're not starting from scratch.",
             "hold transfer"),
            ("a",
             "Hi, it's Nadia, senior assessor. Brooke's filled me in, and I've got both vet notes open in "
             "front of me.",
             ""),
            ("c", "Hi Nadia. So can it be fixed?", ""),
            ("a",
             "It can. I'll reopen the claim myself this afternoon and send it through for payment against the "
             "right limb.",
             "ownership"),
            ("c", "How long does the money take?", ""),
            ("a",
             "Usually three to five business days once it's approved, straight into the account we've got on "
             "file.",
             ""),
            ("c", "And will that exclusion stay on her record?", ""),
            ("a",
             "It comes off with the reversal. I'll email you on Monday with the updated schedule so you've got"
             " it in writing.",
             "follow_up_promise"),
            ("c", "Thanks Nadia. Tell Brooke thanks too.", ""),
            ("a", "Will do. Give Mango a scratch from us.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 09
    dict(
        id="b17_09",
        pick=False,
        asr=True,
        notes=(
            "Pharmacy home delivery (Jamaican English), ASR; husband's tablets missed off the van; clean; "
            "apology, agent gets it out herself with a hold, garble, clarifying sorry unlabelled, driver "
            "confirmation."
        ),
        utts=[
            ("a", "good morning island care pharmacy this is marcia speaking", ""),
            ("c", "morning marcia its missus grant calling about my husband blood pressure tablets the delivery", ""),
            ("a", "alright missus grant can you give me his date of birth please", ""),
            ("c", "yes the eleventh of october nineteen fifty two", ""),
            ("a", "thank you darlin and what is happening with the delivery", ""),
            ("c",
             "well um the driver usually come tuesday and is thursday now and nothing come and he have only "
             "two tablet left",
             ""),
            ("a",
             "oh im so sorry about that let me find it and get it out to you today myself just stay on the "
             "line while i check the back",
             "apology ownership hold"),
            ("a",
             "thank you for waiting missus grant so the prescription was ready since monday it just got missed"
             " off the van list",
             ""),
            ("c", "missed off", ""),
            ("a",
             "yes so i have it in my hand right now and the afternoon driver leaving at two he bringing it "
             "straight to you",
             ""),
            ("c", "okay that good because the doctor say he mustnt miss none at all", ""),
            ("a", "no he wont miss any he can take tonight one as normal", ""),
            ("c", "and the the pink one the ginger tide on the cupboard", ""),
            ("a", "sorry what was that missus grant", ""),
            ("c", "i said the pink ones the water tablets are they in the same bag", ""),
            ("a", "yes both in the one bag with his name on the front", ""),
            ("c", "alright thank you marcia you very kind you know", ""),
            ("a", "no problem at all and the driver will knock loud cause i know the bell dont work", ""),
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        id="b17_10",
        pick=False,
        asr=False,
        notes=(
            "Council bulky waste (West Yorkshire), settee and fridge; clean; agent books it herself, "
            "instructions, son helping, card payment, receipt email, personal call Tuesday."
        ),
        utts=[
            ("a", "Calderdale Council bulky waste bookings, this is Shaun.", ""),
            ("c",
             "Now then, Shaun. I've got an old settee and a fridge freezer to get shifted. Can you lot take "
             "them?",
             ""),
            ("a", "We can, aye. Can I take your postcode and house number?", ""),
            ("c", "H X three, six P L, number nineteen.", ""),
            ("a",
             "Right, got you. The settee and fridge freezer together come to thirty-two pounds, is that "
             "alright?",
             ""),
            ("c", "That's fine, it's cheaper than a man with a van.", ""),
            ("a", "I'll get you on the next round for your area myself, that's Wednesday the ninth.", "ownership"),
            ("c", "Wednesday's grand. Do I need to be in?", ""),
            ("a",
             "No, just have them out front by seven in the morning, and not blocking the footpath if you can "
             "help it.",
             ""),
            ("c",
             "The fridge is a bit heavy for me on my own, mind. My lad's coming round Tuesday to give me a "
             "hand.",
             ""),
            ("a", "Good stuff. If you can tape the fridge doors shut, the crew will thank you for it.", ""),
            ("c", "Will do. And what about an old telly, is that the same again?", ""),
            ("a",
             "A telly counts as small electricals, so that'd be another eleven pounds on top. Do you want it "
             "adding?",
             ""),
            ("c", "No, leave it, our lad's after it for his garage. How do I pay?", ""),
            ("a", "I can take a card now over the phone if you've got it handy.", ""),
            ("c", "Go on then, it's a Visa.", ""),
            ("a",
             "That's the payment gone through. You'll get a receipt by email with the booking reference on it.",
             ""),
            ("c", "Smashing.", ""),
            ("a",
             "And I'll give you a ring Tuesday teatime to make sure you're still all set for the morning.",
             "follow_up_promise"),
            ("c", "Champion, cheers Shaun.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 11
    dict(
        id="b17_11",
        pick=True,
        asr=False,
        notes=(
            "Broadband (Polish customer, British agent), evening drop-outs for three weeks; customer's router "
            "blamed, fair-usage terms twice, can't book engineer, dismissal, two manager requests, app and "
            "letter; unresolved."
        ),
        utts=[
            ("a", "Good afternoon, NetStream Home, you're speaking with Liam.", ""),
            ("c",
             "Hello. I am calling again about my internet. Three weeks it is not working properly, every "
             "evening it drops. I call already two times.",
             "repeat_contact"),
            ("a", "Sorry you've been having trouble with it. Can I take your account number?", "apology"),
            ("c", "Yes, it is N S one one zero eight four four.", ""),
            ("a",
             "Thank you, Mr Kowalczyk. The line tests fine, so it's likely your router placement or the "
             "neighbours' wifi. That's your side of the socket.",
             "blame_shift"),
            ("c",
             "Your engineer was here last week, he said the router is fine. And I moved it next to the socket "
             "like the chat told me.",
             "repeat_contact"),
            ("a",
             "Our fair usage terms say evening speeds aren't guaranteed, your contract only gives an estimated"
             " range.",
             "policy_recital"),
            ("c",
             "It is not slow. It is disconnected. Every evening, nine o'clock. I work with clients in Warsaw, "
             "I lose meetings.",
             ""),
            ("a",
             "I'm not in a position to send another engineer, it's not something I can book from here.",
             "cant_language"),
            ("c", "Okay. Then please, I want to speak with your manager.", "escalation_request"),
            ("a",
             "Honestly, there's no reason to get upset over it, most customers find it settles down after a "
             "while.",
             "feeling_dismissal"),
            ("c", "I am not upset, I am tired. Manager, please.", "escalation_request"),
            ("a",
             "Managers don't take calls on this line. You can raise a complaint in the My NetStream app, "
             "there's a section for it.",
             "channel_redirect"),
            ("c", "I have no internet in the evening to use the app.", ""),
            ("a", "You could use your mobile data. Or write to us, the address is on the website.", "channel_redirect"),
            ("c", "This is not a solution. I will look at other providers.", ""),
            ("a",
             "If you do leave, there's an early termination charge under the contract, so you might want to "
             "check that first.",
             "policy_recital"),
            ("c", "Okay. Goodbye.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 12
    dict(
        id="b17_12",
        pick=False,
        asr=True,
        notes=(
            "Gym (Australian, Melbourne), ASR; cancelling after a move; notice terms, can't see her email, "
            "dismissal plus app, manager request; manager beside him finds the email, apologises, cancels and "
            "refunds herself; garble, clarifying sorry."
        ),
        utts=[
            ("a", "hi thanks for calling flexzone fitness south yarra this is jayden", ""),
            ("c",
             "hey jayden yeah um im trying to cancel my membership ive moved to perth for work the the sandy "
             "hour bridge and theyre still taking money out",
             ""),
            ("a", "no worries can i grab your member number or your email", ""),
            ("c", "yeah its sophie dot lam at um at mail dot com", ""),
            ("a", "cool sorry whats the last bit", ""),
            ("c", "lam l a m at mail dot com", ""),
            ("a",
             "yep got you so um with cancellations under the membership agreement theres a thirty day notice "
             "period and it has to be in writing",
             "policy_recital"),
            ("c", "i emailed you guys like three weeks ago and nobody replied", "repeat_contact"),
            ("a",
             "yeah i cant see that email on here so i cant really action anything off it sorry",
             "cant_language apology"),
            ("c", "so what im just meant to keep paying", ""),
            ("a",
             "look dont stress about it too much itll sort itself out youll just need to do the cancel form in"
             " the app",
             "feeling_dismissal channel_redirect"),
            ("c",
             "i dont have the app i deleted it when i left can i talk to the manager please",
             "escalation_request"),
            ("a", "yeah shes actually just here hang on ill put her on", "transfer"),
            ("a", "hi sophie its tash im the club manager jayden gave me the gist", ""),
            ("c", "hi yeah i just want it stopped", ""),
            ("a",
             "totally fair and im sorry your email got missed ive just found it sitting in our shared inbox",
             "apology"),
            ("c", "oh good so you did get it", ""),
            ("a",
             "yep so ill cancel it myself right now backdated to the day you emailed and ill refund the two "
             "fortnights since",
             "ownership"),
            ("c", "oh wow okay thank you", ""),
            ("a",
             "youll see the refund in three to five business days and a cancellation confirmation in your "
             "inbox",
             ""),
            ("c", "legend thank you tash", ""),
            ("a", "no worries good luck over in perth", ""),
        ],
    ),
    # ------------------------------------------------------------------ 13
    dict(
        id="b17_13",
        pick=False,
        asr=False,
        notes=(
            "Building society (Edinburgh), registering a power of attorney; clean; hold + transfer to the "
            "attorney team, apology for the situation, ownership, secure upload link that goes straight to him, "
            "personal call Thursday."
        ),
        utts=[
            ("a", "Good morning, Forth and Lothian Building Society, Eilidh speaking.", ""),
            ("c",
             "Hello Eilidh. My mother's moving into a care home, and I've got power of attorney now. I need it"
             " registered on her savings account.",
             ""),
            ("a", "Of course. Can I take your name and your mother's, and her account number if you have it?", ""),
            ("c", "I'm Fiona Baird, she's Margaret Baird, and the account ends six six one nine.", ""),
            ("a",
             "Thank you. Our attorney team handle the registration. I'll put you on hold for a wee moment "
             "while I get them and explain it all.",
             "hold transfer"),
            ("a",
             "Hi Fiona, it's Ross from the attorney team. Eilidh's told me about your mum, and I'm sorry, "
             "that's never an easy time.",
             "apology"),
            ("c", "Thank you. It's been a lot, honestly.", ""),
            ("a", "Do you have the registered document from the Office of the Public Guardian?", ""),
            ("c", "Yes, the certified copy came last week.", ""),
            ("a",
             "Perfect. Let me get it registered for you today. I'm texting you a secure link now, and a photo "
             "of the copy comes straight to me.",
             "ownership"),
            ("c", "Oh, that's easier than going into a branch.", ""),
            ("a",
             "Once it's checked, you'll be able to speak for her account and set up the payments to the home.",
             ""),
            ("c", "Will I need to phone back to see if it's done?", ""),
            ("a", "No, I'll call you myself on Thursday afternoon once it's gone through.", "follow_up_promise"),
            ("c", "That's a weight off. Thank you, Ross.", ""),
            ("a", "Meanwhile her interest and direct debits carry on exactly as they are.", ""),
            ("c", "Good, Mum will be glad of that.", ""),
            ("a", "Look after yourself, Fiona. Speak on Thursday.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 14
    dict(
        id="b17_14",
        pick=True,
        asr=False,
        notes=(
            "Parcel courier (London), parcel photographed at the wrong door; second call, driver blamed, can't "
            "investigate, sender and web form, retailer already contacted, terms, supervisor request, dismissal; "
            "unresolved."
        ),
        utts=[
            ("a", "Swiftdrop Parcels, Darren speaking.", ""),
            ("c",
             "Yeah, hi. Your tracking says my parcel was delivered at two yesterday. It weren't. I was in all "
             "day. This is my second call about it.",
             "repeat_contact"),
            ("a", "What's the tracking number?", ""),
            ("c", "S D nine nine four one two seven three six.", ""),
            ("a", "Right, it's showing as left in a safe place, there's a photo. Looks like a green door.", ""),
            ("c",
             "My door's black, and there ain't a green door on my whole street, I've looked. That ain't my "
             "house.",
             ""),
            ("a", "Could be the next road over, the postcodes round there all run together.", ""),
            ("a", "Well, the drivers are self-employed, so that one's down to him really, not us.", "blame_shift"),
            ("c",
             "He's delivering for you, though. I went round three neighbours with green doors last night an' "
             "all.",
             ""),
            ("a", "I can't open an investigation from this desk, mate.", "cant_language"),
            ("c", "So who can?", ""),
            ("a",
             "The sender has to raise it. You'll need to get on to the retailer you bought it from, and they "
             "deal with us.",
             "channel_redirect"),
            ("c", "I messaged the retailer yesterday and they told me to ring you.", "repeat_contact"),
            ("a",
             "Under our terms, our contract's with the sender, not the recipient, so we can only deal with "
             "them.",
             "policy_recital"),
            ("c", "This is a joke. Can I speak to a supervisor?", "escalation_request"),
            ("a", "There's no need to get shirty with me, I'm only telling you how it works.", "feeling_dismissal"),
            ("c", "I ain't being shirty. It was a hundred and forty quid of trainers for my boy's birthday.", ""),
            ("a",
             "Best thing is go back to the retailer, or fill in the lost parcel form on our website and it "
             "goes to the sender.",
             "channel_redirect"),
            ("c", "You're unbelievable. Right, I'm done.", ""),
            ("a", "Okay, have a good day.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 15
    dict(
        id="b17_15",
        pick=False,
        asr=True,
        notes=(
            "Energy smart meter (Cork), ASR; three-hundred-euro estimate; meter company blamed, earlier call, "
            "can't change estimate; apology, agent takes a reading and rebills herself during a hold, books the "
            "fix and rings Friday; clarifying sorry unlabelled, garble."
        ),
        utts=[
            ("a", "good morning lee valley energy youre speaking to ciara", ""),
            ("c",
             "ah hello ciara its about my smart meter its after sending me a bill for three hundred euro and i"
             " think it stopped reading",
             ""),
            ("a", "right can i get your account number there", ""),
            ("c", "the account is um l v two two oh nine", ""),
            ("a",
             "ok thanks so ah looking at it the meter hasnt sent a reading since march so its estimated the "
             "meter company would have to look at that",
             "blame_shift"),
            ("c", "but i rang in april about this and the girl told me it was fixed", "repeat_contact"),
            ("a", "yeah i cant see any note of that and i cant really change an estimate from here", "cant_language"),
            ("c", "look im a pensioner i cant be paying three hundred euro for electric i never used", ""),
            ("a", "no youre right and im sorry you were told it was fixed and it wasnt", "apology"),
            ("c", "so what happens now", ""),
            ("a",
             "what ill do myself is take a reading off you now and rebill you off that if you can go out and "
             "read it for me",
             "ownership"),
            ("c", "hold on so its in the box over the the tidy moon cellar ok here it is four five six two one", ""),
            ("a", "sorry is that four five six two one or four six five two one", ""),
            ("c", "four five six two one", ""),
            ("a", "perfect bear with me a couple of minutes while i rebill that", "hold"),
            ("a",
             "ok thanks for waiting the bill is down to seventy four euro and the three hundred one is "
             "cancelled",
             ""),
            ("c", "oh thanks be to god", ""),
            ("a",
             "and ill book the meter fix and ring you back on friday to tell you what day the technician is "
             "coming",
             "follow_up_promise"),
            ("c", "lovely thanks ciara", ""),
            ("a", "no bother at all mind yourself", ""),
        ],
    ),
    # ------------------------------------------------------------------ 16
    dict(
        id="b17_16",
        pick=False,
        asr=False,
        notes=(
            "Opticians (British Indian, Leicester), blurry varifocals; clean; apology, hold to check the "
            "prescription, agent books the fitting and will adjust herself, instruction, adaptation promise "
            "(policy used to help), reminder call."
        ),
        utts=[
            ("a", "Good morning, ClearSight Opticians Leicester, Anjali speaking.", ""),
            ("c",
             "Hello Anjali, this is Mr Desai. I collected my varifocals on Saturday, and the left lens is "
             "blurry when I'm reading.",
             ""),
            ("a",
             "Oh, I'm sorry they're not right for you, that's frustrating after waiting a fortnight for them.",
             "apology"),
            ("c", "It is a bit. The distance is fine, it's just the newspaper.", ""),
            ("a", "Can I confirm your date of birth, Mr Desai?", ""),
            ("c", "Twenty-third of August, fifty-nine.", ""),
            ("a",
             "Thank you. Can you bear with me on hold for a minute or two while I check the prescription "
             "against what the lab made?",
             "hold"),
            ("a",
             "Thanks for waiting. The prescription's correct, but the reading zone may be set a touch low for "
             "how you hold the paper.",
             ""),
            ("c", "So I don't need new lenses?", ""),
            ("a",
             "Probably not. I'll book you in with Mr Shah for a fitting check and do the adjustment myself if "
             "it's the frame height.",
             "ownership"),
            ("c", "When could that be?", ""),
            ("a", "Tomorrow at eleven, or Thursday at three.", ""),
            ("c", "Thursday at three, my daughter can drive me then.", ""),
            ("a",
             "Lovely. Meanwhile, try tipping your chin down a little when you read, it helps while you get "
             "used to them.",
             ""),
            ("c", "Ah, I'll try that.", ""),
            ("a",
             "And if it does turn out to be the lenses, our adaptation promise means we remake them free, so "
             "there's no cost either way.",
             ""),
            ("c", "That's reassuring, thank you.", ""),
            ("a", "I'll give you a call on Wednesday evening as a reminder.", "follow_up_promise"),
            ("c", "Thank you, Anjali. Goodbye.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 17
    dict(
        id="b17_17",
        pick=False,
        asr=False,
        notes=(
            "Window cleaning (Sheffield), missed conservatory roof; clean; apology, agent sends the crew back "
            "herself, 'you don't need to be in' not a redirect, gutter add-on, personal text Thursday night."
        ),
        utts=[
            ("a", "Crystal Clear Window Cleaning, Kelly speaking.", ""),
            ("c",
             "Hiya love. I'm on Ecclesall Road, your lads did my windows Monday, but they missed the "
             "conservatory roof altogether.",
             ""),
            ("a", "Oh, I'm sorry, that's not on at all. What's the house number?", "apology"),
            ("c", "Two hundred and six. Me neighbour says they were in and out in ten minutes flat.", ""),
            ("a",
             "I can see it on the job sheet, the conservatory roof is listed. I'll get one of the lads back "
             "out to you this week myself, no charge.",
             "ownership"),
            ("c",
             "They did a lovely job on the front, to be fair. It's just the roof's gone all green with moss "
             "and leaves.",
             ""),
            ("a", "The roof needs the long pole and the soft brush, so it takes a bit longer than the windows.", ""),
            ("c", "Only I had a fella round last year who cracked a pane leaning his ladder on it.", ""),
            ("a",
             "Ours use stand-offs on the ladders, so nothing rests on the glass, and they're fully insured "
             "anyway.",
             ""),
            ("c", "Thank you. I'm out Thursday at my sister's, mind.", ""),
            ("a", "Friday, then? They're round your way Friday morning.", ""),
            ("c", "Friday's champion.", ""),
            ("a",
             "You don't need to be in, just leave the side gate unlocked so they can get the ladder round the "
             "back.",
             ""),
            ("c", "Will do. While I've got you, can they do the gutters an' all?", ""),
            ("a", "They can. A gutter clear is twenty-five pounds for a semi. Want me to add it on?", ""),
            ("c", "Go on then.", ""),
            ("a",
             "Done, that's on for Friday. I'll text you Thursday night with a rough time they'll be with you.",
             "follow_up_promise"),
            ("c", "Lovely. What about paying?", ""),
            ("a", "Just pay the lad on the day for the gutters, cash or card, he carries a reader.", ""),
            ("c", "Right you are. Ta, Kelly.", ""),
            ("a", "Ta-ra, love.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 18
    dict(
        id="b17_18",
        pick=True,
        asr=True,
        notes=(
            "Car insurance claim (American South, Georgia), ASR; fourth call; body shop blamed, settlement "
            "window, dismissal, can't authorise a rental, supervisor refused, state regulator and app; agent "
            "garble and a line-sorry unlabelled; unresolved."
        ),
        utts=[
            ("a", "thank you for calling peachtree auto insurance this is brandon how can i help you", ""),
            ("c",
             "yeah hi brandon um i been trying to get my claim paid for three weeks this is like my fourth "
             "time calling yall",
             "repeat_contact"),
            ("a", "okay can i get your claim number", ""),
            ("c", "its p a two two eight four nine", ""),
            ("a",
             "alright mister boone so i see the claim its pending the the body shop never sent us the final "
             "estimate so were waiting on them",
             "blame_shift"),
            ("c", "the shop says they sent it twice", ""),
            ("a",
             "well per your policy we got thirty days from receipt of the estimate to settle so were still "
             "inside that window",
             "policy_recital"),
            ("c", "i dont got a car to get to work man", ""),
            ("a", "i mean theres no reason to get all heated about it its gonna get paid", "feeling_dismissal"),
            ("c", "im not heated im broke can you at least put a rental on it", ""),
            ("a", "i cant authorize a rental on my end you dont have rental coverage on this policy", "cant_language"),
            ("c", "let me talk to your supervisor then", "escalation_request"),
            ("a",
             "supervisors just gonna tell you the same thing uh you can file a grievance with the department "
             "of insurance if you want",
             "channel_redirect"),
            ("c", "so thats what you want me to do call the state", ""),
            ("a",
             "or um you can upload stuff to the claims portal in the app thats the fastest the pay the trail "
             "on the long lock of it",
             "channel_redirect"),
            ("c", "what", ""),
            ("a", "sorry the line went funny i said the portal is the fastest way", ""),
            ("c", "i ask for a supervisor and you send me to an app man forget it im calling a lawyer", ""),
            ("a", "alright sir you have a good day", ""),
        ],
    ),
    # ------------------------------------------------------------------ 19
    dict(
        id="b17_19",
        pick=True,
        asr=False,
        notes=(
            "University residence (Toronto), withheld damage deposit; emailed twice, agreement recited three "
            "times, can't see move-in forms, hollow empathy, portal, transfer to a coordinator who also can't and"
            " redirects, apology at the end; unresolved."
        ),
        utts=[
            ("a", "Good afternoon, Lakeshore University Residence Services, this is Megan.", ""),
            ("c",
             "Hi Megan. I'm calling about my damage deposit. I moved out in April and still haven't gotten it "
             "back. I emailed twice in May.",
             "repeat_contact"),
            ("a", "Can I get your student number?", ""),
            ("c", "It's one zero zero four seven seven three two.", ""),
            ("a", "Thanks, Aisha. I see the deposit was held back for carpet cleaning and a broken blind.", ""),
            ("c", "The blind was broken when I moved in. I reported it in September, it's on the move-in form.", ""),
            ("a",
             "Per section twelve of the residence agreement, damage not reported within seventy-two hours of "
             "move-in is charged to the resident.",
             "policy_recital"),
            ("c", "I did report it within seventy-two hours. Can you look at the form?", ""),
            ("a", "I don't have access to the move-in forms, I can only see the final inspection.", "cant_language"),
            ("c", "Then can I talk to someone more senior?", "escalation_request"),
            ("a",
             "I hear your frustration, but the inspection stands, and deposit decisions are final under the "
             "agreement.",
             "feeling_dismissal policy_recital"),
            ("c", "That's not fair. I have a photo from move-in day, too.", ""),
            ("a",
             "You can submit an appeal through the student portal with the photo. Let me transfer you to the "
             "housing coordinator, she's right here.",
             "channel_redirect transfer"),
            ("a",
             "Hi Aisha, this is Priya, housing coordinator. Appeals go through the portal, I'm afraid, I can't"
             " take them over the phone.",
             "cant_language channel_redirect"),
            ("c", "But you can see the move-in form?", ""),
            ("a",
             "I could, but the appeal committee only reviews what's uploaded, and there's a ten business day "
             "review period.",
             "policy_recital"),
            ("c", "So three months to tell me no, and now another two weeks.", ""),
            ("a", "Sorry it's taken this long.", "apology"),
            ("c", "Fine. I'll upload it. Again.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 20
    dict(
        id="b17_20",
        pick=False,
        asr=True,
        notes=(
            "Water board (Nigerian English, Abuja), ASR; no water for four days, reported twice; contractor "
            "blamed; apology, hold + transfer to operations, who apologise, dispatch the tanker herself and will "
            "call tomorrow; garble, customer's sorry unlabelled."
        ),
        utts=[
            ("a", "good afternoon capital water board customer care this is emeka", ""),
            ("c",
             "good afternoon emeka please the water has not run in our street for four days now we reported it"
             " on monday",
             "repeat_contact"),
            ("a", "okay madam what is your account number or the address", ""),
            ("c", "its plot twenty seven gwarinpa second avenue", ""),
            ("a",
             "okay i see there is a burst on the main line for that axis the contractor handling it has not "
             "finished their work so",
             "blame_shift"),
            ("c", "but i called again yesterday and they told me the tanker would come and nothing", "repeat_contact"),
            ("c", "my mother is staying with us she is old we are buying water in jerry cans", ""),
            ("a", "ah sorry madam that is very bad", "apology"),
            ("a",
             "let me put you on hold small while i connect you to the operations desk they are the ones "
             "handling the tankers",
             "hold transfer"),
            ("a", "hello madam this is halima from operations emeka told me about your street", ""),
            ("c", "yes please halima", ""),
            ("a",
             "i am so sorry the tanker was booked but it was not dispatched i will arrange it myself right now"
             " for tomorrow morning",
             "apology ownership"),
            ("c", "tomorrow morning by what time", ""),
            ("a",
             "before ten and i will call you tomorrow when it leaves the depot so you will know",
             "follow_up_promise"),
            ("c", "and the main line itself when", ""),
            ("a", "the repair crew say friday for the the pipe gala on the road", ""),
            ("c", "sorry friday for what", ""),
            ("a", "friday for the pipe repair on the main road", ""),
            ("c", "okay thank you halima god bless you", ""),
            ("a", "you are welcome madam", ""),
        ],
    ),
    # ------------------------------------------------------------------ 21
    dict(
        id="b17_21",
        pick=True,
        asr=False,
        notes=(
            "Furniture retailer (New Jersey), sofa delivery no-show; third call, delivery partner blamed, can't "
            "rebook, fee terms, dismissal twice, three manager requests, partner's number and email; unresolved."
        ),
        utts=[
            ("a", "Thank you for calling HomeNest Furniture, this is Gina. Can I get your order number?", ""),
            ("c",
             "It's H N five five two zero one. Look, this is the third time I'm calling about this sofa.",
             "repeat_contact"),
            ("a",
             "Okay, Mr. Russo. I see it was scheduled for Saturday between eight and twelve, with the two-"
             "person delivery and removal of the old sofa.",
             ""),
            ("c",
             "Right, and nobody showed up. I took the day off. Nobody called. My mother's coming to stay next "
             "week, and we already gave the old couch away, so she's got nowhere to sit.",
             ""),
            ("a", "Our delivery partner had a truck issue, so that's really on their side, not ours.", "blame_shift"),
            ("c", "I don't care whose truck it is. When's it coming?", ""),
            ("a", "I can't see their new schedule, and I'm not able to rebook it from this system.", "cant_language"),
            ("c", "Can you at least refund the delivery fee? It was a hundred and fifty bucks.", ""),
            ("a",
             "Per our delivery policy, fees are only refunded if the customer cancels at least forty-eight "
             "hours ahead.",
             "policy_recital"),
            ("c", "I didn't cancel anything! You didn't show up!", ""),
            ("a", "Sir, there's no reason to yell at me about it.", "feeling_dismissal"),
            ("c", "I'm not yelling. I'd like to talk to your manager, please.", "escalation_request"),
            ("a",
             "My manager's not on the floor right now. You can call the delivery partner directly, their "
             "number's on your confirmation.",
             "channel_redirect"),
            ("c", "I already called them Sunday and they told me to call you.", "repeat_contact"),
            ("a",
             "Then I'd suggest emailing customer care, and they'll get back to you in five to seven business "
             "days.",
             "channel_redirect"),
            ("c", "Five to seven days? No. Get me someone in charge.", "escalation_request"),
            ("a",
             "I understand, but there's nobody else I can put you through to today.",
             "feeling_dismissal cant_language"),
            ("c", "Unbelievable. I'm disputing the charge with my card company.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 22
    dict(
        id="b17_22",
        pick=False,
        asr=False,
        notes=(
            "Driving school (Trinidadian), four more lessons before a road test; clean; agent books them herself,"
            " prepay discount, schedule email, call after the first lesson."
        ),
        utts=[
            ("a", "Good morning, Savannah Driving Academy, this is Keisha.", ""),
            ("c",
             "Morning Keisha. I want to book some more lessons for my son Jerome, he have his road test next "
             "month.",
             ""),
            ("a", "Wonderful! Can I have his name and learner permit number?", ""),
            ("c", "Jerome Baptiste, and the permit is L P four four seven one.", ""),
            ("a", "Thank you. He's been going with Mr. Ramdass on Saturdays, yes?", ""),
            ("c", "Yes, he like Mr. Ramdass, he say the man nice and calm.", ""),
            ("a",
             "He's very patient. So I'll set up four more Saturdays with Mr. Ramdass for him myself, and make "
             "the last one a test route practice.",
             "ownership"),
            ("c", "That would be great. How much it come to?", ""),
            ("a",
             "Four lessons at two hundred and fifty each, so one thousand. If you pay all four today there's a"
             " discount, it comes to nine hundred.",
             ""),
            ("c", "Oh, that's nice. I'll pay now self.", ""),
            ("a", "Go ahead whenever you're ready with the card.", ""),
            ("c", "It's the Republic card ending seven seven three nine.", ""),
            ("a", "That's gone through. The schedule is on its way to your email.", ""),
            ("c", "And the test, he must use the school car or he could take mine?", ""),
            ("a",
             "He can use the school car, it has the dual controls and he's used to it. There's a small fee for"
             " that on the day.",
             ""),
            ("c",
             "Good, because I don't want him mashing up my car before he pass. And if he want an extra one in "
             "the week?",
             ""),
            ("a",
             "Just let me know and I'll see what Mr. Ramdass has free. I'll call you next Saturday after his "
             "first one to hear how he get on.",
             "follow_up_promise"),
            ("c", "Perfect, thank you Keisha.", ""),
            ("a", "My pleasure. Tell Jerome good luck from all of us!", ""),
        ],
    ),
    # ------------------------------------------------------------------ 23
    dict(
        id="b17_23",
        pick=False,
        asr=True,
        notes=(
            "Streaming subscription (Indian English), double charge; billing policy, dismissal, can't refund, app"
            " ticket, earlier chat and closed ticket; agent apologises, reopens the ticket herself; garble and "
            "clarifying sorry unlabelled."
        ),
        utts=[
            ("a", "welcome to flickbox support my name is arjun how can i help you today", ""),
            ("c",
             "hi arjun i was charged twice this month for my premium plan two payments on the same day and um "
             "the the money is tight this month so i noticed straight away",
             ""),
            ("a", "okay i can understand maam can you please share the registered email id", ""),
            ("c", "its meena dot raghavan at the rate mail dot com the the pent for pulse all in view", ""),
            ("a", "sorry maam can you repeat the last part", ""),
            ("c", "i said meena dot raghavan at the rate mail dot com", ""),
            ("a",
             "okay so maam as per our billing policy duplicate charges are auto reversed by the bank in seven "
             "to ten working days",
             "policy_recital"),
            ("c", "but i already raised this in the chat on sunday and they told me the same thing", "repeat_contact"),
            ("a",
             "maam please dont panic it is only a temporary hold it will come back automatically",
             "feeling_dismissal"),
            ("c", "im not panicking its four hundred ninety nine rupees i just want it back", ""),
            ("a", "i cant do the refund from my side maam that option is not there for me", "cant_language"),
            ("c", "so what should i do", ""),
            ("a", "you can raise a ticket in the app under help and billing", "channel_redirect"),
            ("c", "i have raised a ticket already it got closed without any reply", "repeat_contact"),
            ("a", "oh let me check that ticket maam yes i see sorry about that it was closed by mistake", "apology"),
            ("a", "i will reopen it myself and mark it for the billing team on high priority", "ownership"),
            ("c", "and when will i get the money", ""),
            ("a", "once billing approves it comes in three to five days you will get an email", ""),
            ("c", "okay fine thank you arjun", ""),
            ("a", "thank you for calling flickbox have a nice evening", ""),
        ],
    ),
    # ------------------------------------------------------------------ 24
    dict(
        id="b17_24",
        pick=False,
        asr=False,
        notes=(
            "Ferry (Hebrides), sailing cancelled, car space for a funeral; rung twice, conditions of travel, "
            "can't override deck; condolence, hold + transfer to the port manager, who books a compassionate "
            "space herself and phones Tuesday; 'holding a space' not a hold."
        ),
        utts=[
            ("a", "Good afternoon, Hebridean Ferries bookings, Kirsty speaking.", ""),
            ("c",
             "Hello, Kirsty. My sailing to Castlebay was cancelled for weather on Saturday and I've been "
             "trying to get rebooked since. I've rung twice.",
             "repeat_contact"),
            ("a", "Can I have the booking reference, please?", ""),
            ("c", "H F nine three seven two, under MacNeil.", ""),
            ("a",
             "Thanks, Mr MacNeil. Under our conditions of travel, weather cancellations only get a rebooking "
             "or a fare refund, nothing further.",
             "policy_recital"),
            ("c",
             "I'm not after compensation. I just want a space for the car. Every sailing this week says full.",
             ""),
            ("a", "I'm unable to override the vehicle deck allocation from bookings, I'm afraid.", "cant_language"),
            ("c", "It's my father's funeral on Thursday, in Castlebay.", ""),
            ("a",
             "Oh, I'm so sorry. Right, that changes things. I'll put you on hold and get you through to the "
             "port manager in Oban.",
             "apology hold transfer"),
            ("a", "Hello, Mr MacNeil, it's Morven, port manager at Oban. I'm very sorry about your father.", "apology"),
            ("c", "Thank you.", ""),
            ("a",
             "I'll put you on the Wednesday sailing myself, I'm holding a compassionate space for the car on "
             "it right now.",
             "ownership"),
            ("c", "That's a huge relief. Wednesday is perfect.", ""),
            ("a", "Can I just confirm the registration?", ""),
            ("c", "S Y one nine K L M.", ""),
            ("a",
             "That's you booked. I'll phone you on Tuesday evening to confirm the tides haven't moved "
             "anything.",
             "follow_up_promise"),
            ("c", "I appreciate that, thank you.", ""),
            ("a", "Safe crossing, Mr MacNeil, and my condolences again.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 25
    dict(
        id="b17_25",
        pick=True,
        asr=False,
        notes=(
            "Letting agency (South London), mould in a child's room; reported three times, landlord and previous "
            "manager blamed, tenancy terms, can't instruct works, dismissal, manager request, transfer to a "
            "senior who sends him to the council and a complaints address; unresolved."
        ),
        utts=[
            ("a", "Good morning, Keystone Lettings, Jordan speaking.", ""),
            ("c",
             "Morning. I'm calling about the damp in my flat on Coldharbour Lane, flat four. I've reported it "
             "three times since January.",
             "repeat_contact"),
            ("a", "Can I take your name?", ""),
            ("c", "Adebayo. Femi Adebayo.", ""),
            ("a", "And that's the two-bedroom on the first floor, above the launderette?", ""),
            ("c", "That's the one, yeah. Been there six years.", ""),
            ("a",
             "Okay, Femi. I can see the reports. The landlord hasn't approved the contractor's quote yet, so "
             "it's sitting with him.",
             "blame_shift"),
            ("c",
             "There's black mould on my daughter's bedroom wall. She's got asthma, and she's been coughing "
             "every night. The GP's even written a letter about it.",
             ""),
            ("a",
             "Under your tenancy agreement, condensation and mould from drying clothes indoors is the tenant's"
             " responsibility.",
             "policy_recital"),
            ("c",
             "It's not condensation. It's a leak from the flat above. I emailed you photos in March and again "
             "in April.",
             "repeat_contact"),
            ("a",
             "The surveyor's report probably wasn't uploaded properly by the previous property manager.",
             "blame_shift"),
            ("c", "So what are you going to do?", ""),
            ("a",
             "I can't instruct works over five hundred pounds without the landlord signing it off.",
             "cant_language"),
            ("c", "Then let me speak to the branch manager.", "escalation_request"),
            ("a", "There's no need to raise your voice with me, Femi.", "feeling_dismissal"),
            ("c", "I'm not raising my voice. I'm asking for a manager.", ""),
            ("a", "I'll put you through to my senior colleague.", "transfer"),
            ("a",
             "Hi Femi, it's Dionne, senior property manager. For disrepair, you can contact the council's "
             "environmental health team if you're not happy.",
             "channel_redirect"),
            ("c", "So you're sending me to the council.", ""),
            ("a",
             "You could also put it in writing to our complaints address, we respond within eight weeks.",
             "channel_redirect"),
            ("c",
             "Eight weeks, with mould. Unbelievable. Six years I've been here and never once late with the "
             "rent.",
             ""),
        ],
    ),
    # ------------------------------------------------------------------ 26
    dict(
        id="b17_26",
        pick=False,
        asr=True,
        notes=(
            "GP practice (Newcastle), ASR; blood test results; rang before, lab blamed, dismissal, can't give "
            "results; receptionist apologises and promises a call before six; customer's wife, clarifying sorry "
            "unlabelled, garble."
        ),
        utts=[
            ("a", "good morning elswick medical practice youre speaking to leanne", ""),
            ("c", "hiya pet um im ringing about me blood test results from last week", ""),
            ("a", "can i take your name and date of birth", ""),
            ("c", "its gary dodds and its the third of may sixty seven", ""),
            ("a", "right so gary the results um theyve come back but the doctor hasnt had a look at them yet", ""),
            ("c", "i was told ring after five days and i rang on friday and they said monday", "repeat_contact"),
            ("a", "yeah the lab were late sending them over so thats why its dragged on", "blame_shift"),
            ("c",
             "is there something wrong then like should i be worried i was in the the forty moat sea last week",
             ""),
            ("a", "oh dont be getting yourself all wound up man its only bloods", "feeling_dismissal"),
            ("c", "well the doctor said she was checking me liver so aye i am a bit worried", ""),
            ("a",
             "i cant give you results over the phone anyway not till the doctor has looked at them",
             "cant_language"),
            ("c", "okay so when will she look", ""),
            ("a", "sorry gary i shouldnt have brushed you off there its a fair question", "apology"),
            ("a",
             "what ill do is put a note on for doctor okafor to look at them today and ill ring you back "
             "before six with what she says",
             "follow_up_promise"),
            ("c", "before six aye champion", ""),
            ("a", "is this the best number the one ending nine nine one", ""),
            ("c", "aye thats me mobile or me lass will pick up if im at the allotment", ""),
            ("a", "sorry i missed that who picks up", ""),
            ("c", "me wife if im down the allotment", ""),
            ("a", "no bother ill ask for you and if its her ill just say to give us a ring", ""),
            ("c", "ta leanne", ""),
        ],
    ),
    # ------------------------------------------------------------------ 27
    dict(
        id="b17_27",
        pick=True,
        asr=False,
        notes=(
            "Mobile network (German customer, British agents), Swiss roaming bill; tariff recited, Swiss network "
            "and franchise shop blamed, can't adjust, hollow empathy, two supervisor requests, transfer to "
            "billing who send him to a dispute form; unresolved."
        ),
        utts=[
            ("a", "Hello, you're through to Orbital Mobile, my name's Tom.", ""),
            ("c",
             "Hello Tom. My bill this month is two hundred and ten pounds. Normally it is twenty-five. I was "
             "in Switzerland for work.",
             ""),
            ("a", "Okay, can I take your mobile number and your security PIN?", ""),
            ("c",
             "The number is zero seven seven zero zero nine one two four four eight. The PIN is one nine eight"
             " one.",
             ""),
            ("a",
             "Thanks, Mr Vogel. Switzerland isn't in our roam-like-home zone, so it's charged at rest-of-world"
             " rates under the tariff guide.",
             "policy_recital"),
            ("c", "But I received no message when I arrived. Normally I get an SMS with the prices.", ""),
            ("a",
             "Those texts come from the Swiss network you connected to, so if it didn't arrive, that's on "
             "their side.",
             "blame_shift"),
            ("c", "Strange. Also, I asked in your shop before I travelled and they said Switzerland is included.", ""),
            ("a", "The shops are franchises, so I can't really answer for what they tell people.", "blame_shift"),
            ("c", "I would like this bill corrected, please. Or at least reduced.", ""),
            ("a",
             "I'm not able to make adjustments on roaming charges, there's no option for it on my system.",
             "cant_language"),
            ("c", "Then please transfer me to a supervisor.", "escalation_request"),
            ("a",
             "I do understand it's a shock, but the charges are correct according to the tariff.",
             "feeling_dismissal"),
            ("c", "A supervisor, please.", "escalation_request"),
            ("a", "I'll transfer you to the billing team.", "transfer"),
            ("a",
             "Billing, Hannah speaking, I've seen the notes. Roaming disputes have to go through the online "
             "dispute form, so I'd point you there.",
             "channel_redirect"),
            ("c", "I have called you already two times this week, and now again a form.", "repeat_contact"),
            ("a", "The form's the only way it gets reviewed, sorry.", "channel_redirect apology"),
            ("c", "Okay. I will do the form, and I will think about cancelling my contract.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 28
    dict(
        id="b17_28",
        pick=False,
        asr=False,
        notes=(
            "Taxi firm (Dublin), laptop left in a cab; clean; apology, agent rings the driver herself during a "
            "hold, paid drop-off, personal text when the driver is on his way."
        ),
        utts=[
            ("a", "Liffey Cabs, Aoife speaking, how can I help?", ""),
            ("c",
             "Hi Aoife. I left my laptop bag in one of your taxis last night, Temple Bar out to Rathmines, "
             "around half eleven.",
             ""),
            ("a",
             "Oh no, I'm sorry, that's a horrible feeling. Did you book through the app or flag it down?",
             "apology"),
            ("c", "Booked through the app, under Conor Walsh.", ""),
            ("a",
             "Grand. Let me find the trip and ring the driver myself. Would you mind holding for a couple of "
             "minutes while I try him?",
             "ownership hold"),
            ("a", "Thanks for hanging on, Conor. Good news, Pádraig has it, it was under the passenger seat.", ""),
            ("c", "Oh, thank God. My whole thesis is on that thing.", ""),
            ("a",
             "He's back on shift at four. He can drop it to you this evening, or you can collect it from our "
             "office on Harold's Cross Road.",
             ""),
            ("c", "Could he drop it over? I'm working from home today.", ""),
            ("a", "He can. The lost property drop is fifteen euro, is that alright?", ""),
            ("c", "More than alright, honestly.", ""),
            ("a", "Lovely. I'll text you myself when he's on his way over with the bag.", "follow_up_promise"),
            ("c", "Brilliant, thanks a million.", ""),
            ("a", "And a small tip, back that thesis up tonight. I won't tell your supervisor.", ""),
            ("c", "Ha, I will, I promise.", ""),
            ("a", "Mind yourself, Conor. Bye now.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 29
    dict(
        id="b17_29",
        pick=False,
        asr=True,
        notes=(
            "Home alarm monitoring (Chicago), ASR; false alarms three nights, called Tuesday; installer blamed, "
            "can't send a tech, dismissal, supervisor request, supervisor beside him apologises, bypasses the "
            "zone herself and will call at eight; 'hold up' not a hold; garble."
        ),
        utts=[
            ("a", "thanks for calling guardian point security this is marcus", ""),
            ("c",
             "yeah hi my alarm went off at like three in the morning again thats the third night this week and"
             " i called on tuesday about it",
             "repeat_contact"),
            ("a", "okay whats the address on the account", ""),
            ("c", "forty one forty north damen avenue the the carbon in the fridge lamp", ""),
            ("a",
             "okay so im seeing the back door sensor tripping um thats usually the installer that mounted it "
             "wrong",
             "blame_shift"),
            ("c", "you guys are the installer", ""),
            ("a",
             "well its a subcontractor but uh yeah i cant get a tech out this week the schedule is full on my "
             "end",
             "cant_language"),
            ("c", "i got a newborn she woke up screaming three nights straight my neighbors hate me im losing it", ""),
            ("a", "honestly man its just a false alarm you gotta not let it get to you like that", "feeling_dismissal"),
            ("c", "can i talk to your supervisor please", "escalation_request"),
            ("a", "yeah hold up shes right behind me ill grab her", "transfer"),
            ("a",
             "hi this is denise im the shift supervisor and im sorry about the nights youve been having",
             "apology"),
            ("c", "thank you", ""),
            ("a",
             "so first ill put that back door zone on bypass myself right now so it wont go off tonight",
             "ownership"),
            ("c", "and the the rest of the system still works", ""),
            ("a", "yep every other door and window is still armed", ""),
            ("a",
             "and im booking a tech for tomorrow morning not next week and ill call you at eight to give you "
             "the window",
             "follow_up_promise"),
            ("c", "sorry what time", ""),
            ("a", "eight oclock tomorrow morning ill call you", ""),
            ("c", "okay thank you denise", ""),
        ],
    ),
    # ------------------------------------------------------------------ 30
    dict(
        id="b17_30",
        pick=True,
        asr=False,
        notes=(
            "Credit card (Sydney), late fee after paying on the due date; second call, cut-off and once-a-year "
            "terms, customer's bank blamed, can't reverse, hollow empathy and dismissal, senior request answered "
            "with the ombudsman; unresolved."
        ),
        utts=[
            ("a", "Thanks for calling Harbourline Credit Cards, Josh speaking.", ""),
            ("c",
             "Hi Josh. I've been charged a thirty dollar late fee, but I paid on the due date. This is the "
             "second time I've had to ring about it.",
             "repeat_contact"),
            ("a", "Can I get the last four digits of your card and your date of birth?", ""),
            ("c", "The card ends four four one two, and I'm the ninth of February, ninety-one.", ""),
            ("a",
             "Thanks, Kate. Under the card terms, payments have to be received by four pm on the due date to "
             "count as on time.",
             "policy_recital"),
            ("c",
             "I paid at nine in the morning through my bank. I've got the receipt with the time on it and "
             "everything.",
             ""),
            ("a",
             "Your bank might've processed it overnight, so it's probably landed late because of them.",
             "blame_shift"),
            ("c", "It came out of my account the same day. I'm looking at it.", ""),
            ("a", "I can't reverse fees from here, the system doesn't let me.", "cant_language"),
            ("c",
             "Last time I rang, someone told me they'd reverse it, and it's still sitting there.",
             "repeat_contact"),
            ("a",
             "I appreciate that's annoying, but reversals are once per twelve months under the terms, and you "
             "had one in March.",
             "feeling_dismissal policy_recital"),
            ("c",
             "That one in March was your mistake too! Can I talk to someone senior, please?",
             "escalation_request"),
            ("a",
             "You can lodge a complaint with the Australian Financial Complaints Authority, the details are on"
             " our website.",
             "channel_redirect"),
            ("c", "I just want back thirty dollars I never should have been charged.", ""),
            ("a", "Mate, there's no point getting wound up over thirty bucks.", "feeling_dismissal"),
            ("c", "Don't mate me. I'll take it to AFCA then.", ""),
            ("a", "No worries. Anything else I can help with today?", ""),
            ("c", "No. That's it. Thanks for nothing, honestly.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 31
    dict(
        id="b17_31",
        pick=False,
        asr=True,
        notes=(
            "Pest control (Ghanaian English, Accra), ASR; cockroaches back, promised visit missed; workshop "
            "blamed, dismissal, can't resend; agent apologises, gets a free respray herself during a hold, calls "
            "at eight; garble, customer's own 'few hundred'."
        ),
        utts=[
            ("a", "good morning bugfree pest control accra this is kwame speaking", ""),
            ("c",
             "good morning kwame my name is abena mensah you people came to spray my house for cockroaches two"
             " weeks ago and they are back in the kitchen",
             ""),
            ("a", "okay madam please what is the location", ""),
            ("c", "east legon near the the american house junction the cabin plenty wood on the lorry", ""),
            ("a",
             "okay i see your job so madam the chemical takes some time to work some of them will still come "
             "out",
             ""),
            ("c",
             "its two weeks i called on friday and somebody said they will come monday nobody came",
             "repeat_contact"),
            ("a", "ah monday the technician car had a problem so it was the workshop that delayed him", "blame_shift"),
            ("c", "my children are eating in that kitchen i am not happy at all", ""),
            ("a", "madam you dont have to take it so serious its just a few cockroaches", "feeling_dismissal"),
            ("c", "a few hundred rather", ""),
            ("a",
             "and i cannot send the team again before the thirty days is finished that is not something i can "
             "do",
             "cant_language"),
            ("c", "then what am i paying for", ""),
            ("a", "okay sorry madam you are right let me not argue with you", "apology"),
            ("a",
             "i will ask the supervisor for a free respray for you myself please hold on for me small",
             "ownership hold"),
            ("a", "madam thank you for holding the supervisor has agreed it is free of charge", ""),
            ("c", "okay good when", ""),
            ("a",
             "tomorrow morning the team will come by nine and i will call you at eight to confirm they are on "
             "the way",
             "follow_up_promise"),
            ("c", "okay kwame thank you", ""),
            ("a", "thank you madam and sorry for the wahala", "apology"),
        ],
    ),
    # ------------------------------------------------------------------ 32
    dict(
        id="b17_32",
        pick=False,
        asr=False,
        notes=(
            "Removals (Cape Town), cracked dining table; customer-packed exclusion recited, dismissal, sent to "
            "her own insurer; agent apologises, checks the packing sheet on hold, arranges a restorer himself and"
            " phones tomorrow."
        ),
        utts=[
            ("a", "Good morning, Table Bay Removals, Ruan speaking.", ""),
            ("c",
             "Morning Ruan. You moved me from Durbanville to Sea Point on Friday, and my dining table arrived "
             "with a big crack across the top.",
             ""),
            ("a", "Can I get the job number, please?", ""),
            ("c", "T B R two zero eight eight.", ""),
            ("a",
             "Thanks, Mrs Naidoo. Under our standard cover, items packed by the customer aren't covered for "
             "damage in transit.",
             "policy_recital"),
            ("c", "I didn't pack the table. Your guys wrapped it themselves, I stood there and watched them.", ""),
            ("a", "Ag, don't stress yourself about it, these things happen in big moves.", "feeling_dismissal"),
            ("c", "It was my late mother's table. It can't just be these things happen.", ""),
            ("a", "You could claim it on your household insurance, they usually cover moves.", "channel_redirect"),
            ("c", "Why should my insurer pay for damage your team did?", ""),
            ("a", "You're right, I'm sorry, that was the wrong answer to give you.", "apology"),
            ("a", "Can you hold for a minute or two while I check the packing sheet properly?", "hold"),
            ("a", "Thanks for waiting. The sheet says our crew wrapped it, so you're right, it's fully covered.", ""),
            ("c", "Okay. So what happens now?", ""),
            ("a",
             "I'll arrange a furniture restorer to come out to you myself, at our cost, and I'll do all the "
             "claim paperwork.",
             "ownership"),
            ("c", "When would they come?", ""),
            ("a", "I'll phone you tomorrow with a date, once I've spoken to them.", "follow_up_promise"),
            ("c", "Thank you, Ruan. That's all I wanted to hear.", ""),
            ("a", "Again, I'm sorry about the table, and about my first answer.", "apology"),
        ],
    ),
]
