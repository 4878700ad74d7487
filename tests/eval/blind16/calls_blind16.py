"""Source of truth for blind16: 32 blind labelled customer-service calls (b16_01 .. b16_32).

Labelled to tests/eval/blind/README.md from "## Labelling conventions" to the end, including
"Real speech" and "Round 16 addition" (a clarifying or bad-line "sorry" is not an apology).

Each call is a dict: id, pick (supervisor_pick), asr (real-speech style: lower case, no punctuation
or digits), domain, register, notes and utts. Each utterance is (speaker, text, labels): speaker "a"
(agent) or "c" (customer), labels a space-separated string of moment kinds ("" for none).
A `hold` label leaves a 15-40 s gap after the announcement (also when it carries `transfer`); a
`transfer` with no `hold` leaves 1.5-4 s, for a colleague beside the agent who then introduces
themself. `build_blind16.py` turns this into b16_NN.json.
"""

CALLS = [
    # ------------------------------------------------------------------ 01
    dict(
        id="b16_01",
        pick=False,
        asr=False,
        domain="self-storage",
        register="Yorkshire",
        notes=(
            "Gate code locked over a payment the firm's own run failed to take; the agent first blames the customer's "
            "bank and says she can do little, then looks into it herself on hold, owns the mistake, unlocks the code "
            "and promises a call once the debit reruns."
        ),
        utts=[
            ("a", "Morning, Dalesway Self Store, you're through to Janine.", ""),
            (
                "c",
                "Hiya Janine. I'm stood outside your Bradford site with a van and the keypad won't take my code. I "
                "rang about this very thing on Tuesday and was told it'd be sorted.",
                "repeat_contact",
            ),
            ("a", "Right, okay. Can I have the unit number and the surname on the account, please?", ""),
            ("c", "Unit C forty-one, and it's Ackroyd. A, C, K, R, O, Y, D.", ""),
            (
                "a",
                "Thanks, Mr Ackroyd. So your access has been suspended because there's an overdue balance showing of "
                "eighteen pounds from the first of the month.",
                "",
            ),
            (
                "c",
                "Overdue? It goes out by direct debit, same as it has for three years. I've never missed a month.",
                "",
            ),
            (
                "a",
                "Well, the collection bounced, so I'd say that's something at your bank's end rather than anything "
                "we've done.",
                "blame_shift",
            ),
            (
                "c",
                "My bank's fine, love. I've just looked on my phone and there's plenty in there and nothing's been "
                "refused.",
                "",
            ),
            (
                "a",
                "With the code locked, though, there's very little I'm actually allowed to do from this desk. Lifting "
                "suspensions isn't something I've got access to.",
                "cant_language",
            ),
            ("c", "So I'm to stand here in the drizzle with my mum's settee in the back of a Transit, am I?", ""),
            (
                "a",
                "No, you're right, that isn't fair on you. I'll go through the payment records myself properly "
                "instead of guessing. I'm popping you on hold while I do it.",
                "ownership hold",
            ),
            (
                "a",
                "Thanks for hanging on. Found it. Our collection run on the first fell over for a couple of hundred "
                "customers, so it was never your bank at all, and I'm sorry I said it was.",
                "apology",
            ),
            ("c", "Well, that's something, I suppose. So can you get me in?", ""),
            (
                "a",
                "I've wiped the eighteen pounds off and taken the block away. Try your code again now and it should "
                "flash green.",
                "",
            ),
            ("c", "Hang on. Yep, yep, it's opening. Thank heavens for that.", ""),
            (
                "a",
                "Brilliant. Once our payments team have rerun your debit on Monday, I'll give you a ring myself so "
                "you know it's gone through without a hitch.",
                "follow_up_promise",
            ),
            ("c", "Go on then. And sorry for being short with you, it's been one of those days.", ""),
            ("a", "Honestly, you'd every reason to be. Anything else while you're on?", ""),
            ("c", "No, that's me. Ta, Janine.", ""),
            ("a", "You're welcome. Mind your back with that settee.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 02
    dict(
        id="b16_02",
        pick=True,
        asr=False,
        domain="mobile network",
        register="Welsh (Cardiff)",
        notes=(
            "Data add-on paid for but out-of-bundle charges billed anyway, third call; billing platform and a "
            "previous colleague blamed, add-on terms read, hollow empathy, two requests for a manager, hold and "
            "transfer to retentions, who can't reverse it and sends him to the app form and the complaints address; "
            "no fix."
        ),
        utts=[
            ("a", "Thank you for calling Lumen Mobile, my name's Rhys, how can I help today?", ""),
            (
                "c",
                "Hiya Rhys. Right, this is the third time I'm phoning about the same thing now, and I'm getting a bit "
                "fed up, to be honest with you.",
                "repeat_contact",
            ),
            ("a", "Okay. Can I take the mobile number and your security word, please?", ""),
            ("c", "Zero seven seven double oh nine, four one two, three eight six. And the word is Pontypridd.", ""),
            ("a", "Lovely, thank you. And what's happened?", ""),
            (
                "c",
                "I bought the ten gig add-on on the fourth and paid for it, then got charged forty-seven pound for "
                "going over anyway. The girl I spoke to last week said it'd be refunded within five days and "
                "nothing's come back.",
                "repeat_contact",
            ),
            (
                "a",
                "Looking at it, the add-on didn't attach until the sixth, because our billing platform can take up to "
                "forty-eight hours to apply bolt-ons. It's the platform that's held it up.",
                "blame_shift",
            ),
            ("c", "That's not what your website says, mind. It says it's instant.", ""),
            (
                "a",
                "Under section six of the add-on terms, any usage before activation is billed at the standard "
                "out-of-bundle rate, so the forty-seven pounds is correct.",
                "policy_recital",
            ),
            (
                "c",
                "Correct? I paid for data and I've been billed for data twice. Can I speak to a manager, please?",
                "escalation_request",
            ),
            (
                "a",
                "I understand it's annoying, but a manager would tell you the same thing, and the charge has to stand.",
                "feeling_dismissal",
            ),
            ("c", "So what was the refund I was promised last week, then?", ""),
            (
                "a",
                "There's no refund request on the account, so whoever you spoke to can't have logged it properly.",
                "blame_shift",
            ),
            ("c", "Brilliant. So it's my fault for believing you lot.", ""),
            (
                "a",
                "There's no need to take that tone with me, I'm only reading what's on the screen.",
                "feeling_dismissal",
            ),
            (
                "c",
                "I'm not taking a tone, I'm asking for my money back. Put me through to whoever runs your complaints, "
                "then.",
                "escalation_request",
            ),
            (
                "a",
                "I'll pass you over to our retentions team, they look at disputes. You'll be on hold for a little bit "
                "while I connect you.",
                "transfer hold",
            ),
            ("a", "Hello, retentions, it's Caroline. I've had a note through from Rhys about your data charge.", ""),
            ("c", "Great. So can you refund it?", ""),
            (
                "a",
                "I'm sorry, I haven't got the ability to reverse out-of-bundle charges from this desk, there's no "
                "button for it on my side.",
                "apology cant_language",
            ),
            ("c", "Then who has?", ""),
            (
                "a",
                "You'd need to raise a formal dispute using the form in the My Lumen app, and it goes into the "
                "billing review queue from there. Or you can write to the complaints address printed on the back of "
                "your bill.",
                "channel_redirect",
            ),
            (
                "c",
                "Unbelievable. I'm paying for a phone I can't even use properly while I spend a month arguing with "
                "you. Forget it.",
                "",
            ),
        ],
    ),
    # ------------------------------------------------------------------ 03
    dict(
        id="b16_03",
        pick=False,
        asr=True,
        domain="dog grooming salon",
        register="Scouse",
        notes=(
            "Dog came back from a groom with a clipper nick; an unanswered voicemail before; the groomer brushes the "
            "customer's upset aside, then apologises twice, books and pays for a vet visit herself and promises a "
            "call next morning; a clarifying line about a crackly connection is left unlabelled."
        ),
        utts=[
            ("a", "hiya pampered paws grooming its kelly", ""),
            ("c", "oh hiya kelly um its its about me dog bruno he was in with yous on saturday", ""),
            ("a", "oh right yeah the little cocker pool with the curly ears", ""),
            (
                "c",
                "yeah him so i left a voicemail on sunday about this and no one rang us back and hes got like a cut "
                "by his ear where the clippers went",
                "repeat_contact",
            ),
            (
                "a",
                "aw right well to be fair they do wriggle like mad and its dead common so theres no need to be "
                "getting all upset over a little nick",
                "feeling_dismissal",
            ),
            (
                "c",
                "im not being funny but i am upset hes bled on the couch and he keeps going at it with his back paw "
                "and hes shaking the mad shaker of the bowl",
                "",
            ),
            ("a", "sorry love you went all crackly there what was that last bit", ""),
            ("c", "i said hes shaking his head all the time", ""),
            (
                "a",
                "no youre dead right and im sorry thats not a little nick if its bleeding i shouldnt have said it "
                "like that",
                "apology",
            ),
            ("c", "thank you", ""),
            ("a", "and im really sorry nobody got back to you after the voicemail either thats not on", "apology"),
            ("c", "its alright its just hes only a baby like hes not even one yet", ""),
            (
                "a",
                "so what im gonna do is sort this out meself right now im booking him in at the vets next door and "
                "the bill comes to us not you",
                "ownership",
            ),
            ("c", "oh would yous do that", ""),
            ("a", "course we would um theyve got half four today is that any good for you", ""),
            ("c", "half four yeah i finish work at three so half four works", ""),
            (
                "a",
                "sound its oakfield vets right next to us by the chippy and ill ring you tomorrow morning to see how "
                "hes getting on",
                "follow_up_promise",
            ),
            ("c", "oh the oak field yeah i know it ta kelly", ""),
            ("a", "no bother at all give him a cuddle off us", ""),
        ],
    ),
    # ------------------------------------------------------------------ 04
    dict(
        id="b16_04",
        pick=False,
        asr=False,
        domain="piano tuning",
        register="Welsh (Carmarthenshire)",
        notes=(
            "Clean call. Booking a tuning before a grade exam; the agent books the tuner and the key repair herself, "
            "gives instructions, notes the automatic reminder text, and promises her own call after the exam; apology "
            "for the wait for a slot; granddaughter, teacher and son-in-law mentioned."
        ),
        utts=[
            ("a", "Good afternoon, Harmony Piano Services, Bethan speaking.", ""),
            (
                "c",
                "Hello Bethan, it's Mr Pritchard from Llandeilo. I'd like the old upright tuned before my "
                "granddaughter's grade five exam, if you've got anything soon.",
                "",
            ),
            ("a", "Lovely. Can I just check the address we have, is it still twelve Heol y Llan?", ""),
            ("c", "That's the one.", ""),
            ("a", "And when's the exam?", ""),
            (
                "c",
                "The twentieth. Her teacher says the middle C is sticking a bit as well, if that's any use to know.",
                "",
            ),
            (
                "a",
                "That'll probably be a swollen key bushing, very common in older uprights after a damp winter. I'll "
                "get Gareth booked in for you and ask him to ease that key while he's there.",
                "ownership",
            ),
            ("c", "Oh, that's good of you. What will that cost me?", ""),
            (
                "a",
                "The tuning's sixty-five pounds, and easing a key on the same visit doesn't cost anything extra.",
                "",
            ),
            ("c", "Right you are.", ""),
            (
                "a",
                "I've got Gareth on Wednesday the eleventh, in the morning, or Friday the thirteenth after two. I'm "
                "sorry there's nothing this week, we've been chock-a-block with school pianos.",
                "apology",
            ),
            ("c", "The Wednesday, please. Sorry, I'm writing it on the back of an envelope here, hang on.", ""),
            ("a", "No rush at all. Wednesday the eleventh, between nine and twelve.", ""),
            ("c", "Got it. Is there anything I need to do before he comes?", ""),
            (
                "a",
                "If you could clear everything off the top and pull it a few inches out from the wall, he'll be able "
                "to get round the back to the pins.",
                "",
            ),
            ("c", "I'll get my son-in-law round to shift it, it weighs a ton, that thing.", ""),
            (
                "a",
                "You'll get a text the day before with his arrival window, that one's automatic. And I'll phone you "
                "myself the week after the exam to see how the key is holding up.",
                "follow_up_promise",
            ),
            ("c", "Duw, that's proper service. Diolch, Bethan.", ""),
            ("a", "Croeso. And good luck to her on the twentieth.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 05
    dict(
        id="b16_05",
        pick=False,
        asr=False,
        domain="opticians",
        register="Ghanaian English",
        notes=(
            "Clean call. Checking on varifocals after an eye test; a real hold while the agent checks with the lab, "
            "an apology for the long hold, ownership (she makes the order a priority herself) and a promised message "
            "when they land; payment options at collection, a brother and wife mentioned."
        ),
        utts=[
            ("a", "Good morning, Sankofa Eyecare, Osu branch, this is Akosua. How may I help you?", ""),
            (
                "c",
                "Good morning, please. My name is Kwabena Mensah. I did my eye test here last two weeks, and they "
                "told me the glasses will be ready by Friday. I just want to find out whether they have come.",
                "",
            ),
            ("a", "You're welcome, Mr Mensah. Can you give me your date of birth so I can find the order?", ""),
            ("c", "Fourteenth March, nineteen seventy-eight.", ""),
            (
                "a",
                "Thank you. Please bear with me small, I need to check with the lab whether they have dispatched it, "
                "so I'll put you on hold.",
                "hold",
            ),
            (
                "a",
                "Thank you for waiting, Mr Mensah, and sorry for holding you that long. The lab says the varifocal "
                "lenses came in yesterday, but the frame you chose was out of stock, so they are fitting it this "
                "morning.",
                "apology",
            ),
            ("c", "Ei. So it won't be ready by Friday again?", ""),
            (
                "a",
                "It will still be ready. I'll make sure of that myself, I'm marking it as a priority so it goes on "
                "this afternoon's van.",
                "ownership",
            ),
            ("c", "Okay, that's fine. My wife says I should ask whether they added the anti-glare coating.", ""),
            ("a", "Yes, it's on the order, the anti-reflection coating and the photochromic tint, both.", ""),
            ("c", "Good. And for the payment, I paid half already, not so?", ""),
            (
                "a",
                "That's right, the balance is four hundred and twenty cedis. You can pay when you collect, cash, card "
                "or MoMo, any one is fine.",
                "",
            ),
            (
                "c",
                "Alright. Please, can my brother collect it on my behalf? I'm travelling to Kumasi on Saturday "
                "morning.",
                "",
            ),
            (
                "a",
                "He can. Let him bring your receipt and a photo of your Ghana card, and he can pick it up from the "
                "front desk.",
                "",
            ),
            ("c", "Okay, I'll tell him. And will somebody let me know when it arrives?", ""),
            ("a", "Yes, I'll send you a text message myself as soon as it lands here on Friday.", "follow_up_promise"),
            ("c", "Thank you very much, Akosua.", ""),
            ("a", "You're most welcome. Safe journey to Kumasi.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 06
    dict(
        id="b16_06",
        pick=False,
        asr=True,
        domain="skip hire",
        register="Australian (Victoria)",
        notes=(
            "Skip not collected after two calls; the agent blames the contract drivers and says she can't book them, "
            "then hands over to the dispatch lead sitting beside her, who apologises, collects it himself and "
            "promises a call; a line sorry is left unlabelled, and the lead accepts the council fine as theirs."
        ),
        utts=[
            ("a", "good morning bin there skips and hire youve got tash", ""),
            (
                "c",
                "yeah gday tash its darren from um from mcleod street in geelong we had a six meter skip dropped off "
                "last week",
                "",
            ),
            ("a", "yep no worries whats the surname darren", ""),
            ("c", "pulford p u l f o r d", ""),
            ("a", "too easy got you here so whats the story", ""),
            (
                "c",
                "so it was meant to get picked up tuesday and its still sitting out the front on the nature stripe "
                "and ive rung twice about it and now the council have gone and stuck a notice on it",
                "repeat_contact",
            ),
            (
                "a",
                "ah right so pickups are all done by our contract drivers so if it got missed thats gonna be on their "
                "run sheet not us",
                "blame_shift",
            ),
            ("c", "mate i dont care whose sheet it is i just want it gone before the council fine me", ""),
            (
                "a",
                "yeah see the trouble is i cant book the drivers from this desk i cant even see where the trucks are",
                "cant_language",
            ),
            ("c", "so who can then", ""),
            (
                "a",
                "um actually hang on my dispatch lead is sitting right next to me ill put him on for you now",
                "transfer",
            ),
            ("a", "gday darren its mick from dispatch tash has filled me in", ""),
            ("c", "righto mick so can you get it gone", ""),
            ("a", "yep look sorry it got left mate that shouldnt have happened", "apology"),
            ("c", "yeah well", ""),
            ("a", "im gonna put it on my own truck this arvo and pick it up myself before three", "ownership"),
            ("c", "sorry you dropped out there before three you said", ""),
            ("a", "before three yep and if the council send you a fine over it thats ours to pay not yours", ""),
            ("c", "fair enough that makes sense", ""),
            ("a", "and ill give you a bell once its on the truck so you know its done", "follow_up_promise"),
            ("c", "legend cheers mick", ""),
            ("a", "no worries mate have a good one", ""),
        ],
    ),
    # ------------------------------------------------------------------ 07
    dict(
        id="b16_07",
        pick=True,
        asr=False,
        domain="pet insurance",
        register="American South (Georgia)",
        notes=(
            "Knee surgery claim declined as pre-existing, after three calls and two emails; clause read twice, the "
            "vet's notes blamed, can't, a supervisor request met with hollow empathy, two pushes to the online "
            "portal, a sorry-you-feel-that-way; no fix."
        ),
        utts=[
            (
                "a",
                "Thank you for calling Paws and Claws Pet Insurance, this is Brandon. Who do I have the pleasure of "
                "speaking with?",
                "",
            ),
            (
                "c",
                "Hey Brandon, this is Darlene Whitfield out of Macon. I'm calling about my dog Biscuit's claim, the "
                "one for his knee surgery. I've called y'all three times now and emailed twice.",
                "repeat_contact",
            ),
            ("a", "Okay ma'am, can I get the policy number, please?", ""),
            ("c", "It's P C four four eight one nine.", ""),
            ("a", "Thank you. Alright, I do see that claim was declined on the twelfth.", ""),
            (
                "c",
                "Right, and nobody will tell me why. That surgery was thirty-two hundred dollars, honey, that is not "
                "pocket change.",
                "",
            ),
            (
                "a",
                "Per clause four point two of your policy wording, any condition showing signs before the "
                "fourteen-day waiting period ends is treated as pre-existing and excluded.",
                "policy_recital",
            ),
            (
                "c",
                "He didn't show any signs! He tore it chasing a squirrel in June, and we'd had the policy since March.",
                "",
            ),
            (
                "a",
                "The vet's notes from April say he was a little stiff on that back leg, so it's really those notes "
                "that have caused the problem here.",
                "blame_shift",
            ),
            (
                "c",
                "Stiff after a four-mile walk in the heat! That's not a torn ligament. Can y'all not look at it again?",
                "",
            ),
            (
                "a",
                "I'm not able to overturn a claims decision, that's just not something I have any access to.",
                "cant_language",
            ),
            ("c", "Then let me talk to your supervisor, please.", "escalation_request"),
            (
                "a",
                "I appreciate it's a lot of money, ma'am, but a supervisor would be reading you the exact same clause "
                "I just read.",
                "feeling_dismissal",
            ),
            ("c", "I'd still like to hear it from somebody other than you.", ""),
            (
                "a",
                "What you can do is submit an appeal through the online claims portal with a new letter from your "
                "vet, and that goes to a separate review team.",
                "channel_redirect",
            ),
            ("c", "I already sent a letter from the vet. By email. Back in July.", "repeat_contact"),
            (
                "a",
                "Emailed documents aren't reviewed as appeals under the claims procedure, so it would have to go "
                "through the portal this time.",
                "policy_recital channel_redirect",
            ),
            ("c", "Lord have mercy. So I pay y'all every month and I'm on my own.", ""),
            ("a", "I'm sorry you feel that way. Was there anything else I could help you with today?", "apology"),
            ("c", "No. Nothing else. You have a good day, Brandon.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 08
    dict(
        id="b16_08",
        pick=False,
        asr=False,
        domain="ferry operator",
        register="Irish",
        notes=(
            "Weather cancellation; the agent first sends the customer to the website and reads the conditions of "
            "carriage, then apologises, rebooks himself on hold and promises a call if the forecast turns; automatic "
            "email confirmation; the customer's father mentioned."
        ),
        utts=[
            ("a", "Good afternoon, Atlantic Link Ferries, Cian speaking, how can I help?", ""),
            (
                "c",
                "Hi Cian. I'd a booking on tomorrow's eight o'clock sailing out of Rosslare with the car, and I've "
                "just had a text saying it's cancelled for weather.",
                "",
            ),
            ("a", "Ah no. Can I get the booking reference off you?", ""),
            ("c", "It's A L seven two nine K.", ""),
            (
                "a",
                "Grand. Yeah, that sailing's off. Rebookings are all being done through Manage My Booking on the "
                "website, so if you go on there you'll see what's next available.",
                "channel_redirect",
            ),
            (
                "c",
                "I tried that already and it just spins and spins. And I've to be in Pembroke for my father's "
                "eightieth on Saturday.",
                "",
            ),
            (
                "a",
                "Under the conditions of carriage, when we cancel for weather we only have to offer the next sailing "
                "with space or a refund, so there's nothing extra on top of that.",
                "policy_recital",
            ),
            (
                "c",
                "I'm not looking for anything extra, I'm looking to get on a boat! I'm worried sick we'll miss it.",
                "",
            ),
            ("a", "You're right, and I'm sorry, I went straight to the rules there.", "apology"),
            (
                "a",
                "I'll sort the rebooking here myself rather than send you back to the website. I'm putting you on "
                "hold for a couple of minutes while I go through Friday.",
                "ownership hold",
            ),
            (
                "a",
                "Thanks for waiting. Good news, there's one car space left on the Friday two o'clock, and I've put "
                "you on it with the same cabin.",
                "",
            ),
            ("c", "Oh, thank God. Is there a charge for that?", ""),
            (
                "a",
                "No charge for the change. You'll get the new boarding details by email in the next few minutes.",
                "",
            ),
            ("c", "Sorry, I'm only after getting my breath back here.", ""),
            (
                "a",
                "Not a bother. If the Friday sailing starts looking shaky with the forecast, I'll give you a call "
                "myself on Thursday evening before you set off.",
                "follow_up_promise",
            ),
            ("c", "Would you? That'd be great. The mobile's the one on the booking.", ""),
            ("a", "I have it there. And wish your dad a happy birthday from us.", ""),
            ("c", "I will surely. Thanks a million, Cian.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 09
    dict(
        id="b16_09",
        pick=False,
        asr=True,
        domain="bike share scheme",
        register="Canadian (Toronto)",
        notes=(
            "Lost-bike fee after a faulty dock; early apology, the rider blamed, a screenshot already sent in the app "
            "chat, can't waive; then the agent digs into the dock log herself on hold, finds the fault, apologises "
            "and reverses it; a clarifying sorry and the customer's sorry unlabelled; confirmation of the refund."
        ),
        utts=[
            ("a", "hi there youve reached spoke city bike share this is megan how can i help", ""),
            (
                "c",
                "hey megan um yeah so i got charged like a hundred and fifty bucks for a bike thats apparently "
                "missing but i docked it at queen and spa dina on sunday",
                "",
            ),
            ("a", "oh no okay sorry about that can i get the email on your account", "apology"),
            ("c", "sure its j okafor at maple mail dot com", ""),
            (
                "a",
                "thanks mister okafor okay so yeah the dock is showing the bike never locked in so as far as were "
                "concerned the trip never ended",
                "",
            ),
            ("c", "but i heard it click and the light went green", ""),
            (
                "a",
                "right so if it didnt lock all the way thats kind of on the rider to double check the screen says "
                "trip ended before walking off",
                "blame_shift",
            ),
            (
                "c",
                "i mean i did check it said trip ended i i took a screenshot and i already sent it to you guys in the "
                "app chat on monday",
                "repeat_contact",
            ),
            ("a", "okay um sorry whats the bike number on the screenshot", ""),
            ("c", "its uh four four seven one", ""),
            (
                "a",
                "yeah and honestly theres no way for me to take off a lost bike fee from the front line its just not "
                "a thing my account can do",
                "cant_language",
            ),
            ("c", "so i just eat a hundred and fifty", ""),
            (
                "a",
                "no no hold on let me dig into the dock log for that station myself ill pop you on hold for a couple "
                "minutes",
                "ownership hold",
            ),
            (
                "a",
                "okay thanks for holding so you were right the dock at queen and spadina had a fault on sunday and "
                "our rebalancing van picked your bike up that night so im really sorry",
                "apology",
            ),
            ("c", "oh wow okay so it wasnt me", ""),
            (
                "a",
                "nope not you at all ive reversed the hundred and fifty dollar charge and youll see it back on your "
                "card in three to five business days",
                "",
            ),
            ("c", "sorry three to five did you say", ""),
            ("a", "three to five yep and ive added a free day pass to your account for the hassle", ""),
            ("c", "okay amazing thats actually really decent thanks megan", ""),
            ("a", "no problem enjoy the rest of your day", ""),
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        id="b16_10",
        pick=False,
        asr=False,
        domain="chimney sweep",
        register="West Country (Devon)",
        notes=(
            "Clean call. Booking a sweep before winter; the agent books it and a bird guard check herself, gives "
            "instructions, apologises that there's no Saturday, and promises a spring call; the customer's own "
            "insurer asked for a certificate (not a repeat contact); customer's sorry."
        ),
        utts=[
            ("a", "Morning, Tor Valley Chimney Sweeps, Lou speaking.", ""),
            (
                "c",
                "Morning, my lover. I wants to get the chimney swept before we start lighting the woodburner for the "
                "winter.",
                "",
            ),
            ("a", "Course you do. What's the address?", ""),
            ("c", "Four Orchard Cottages, Ashburton.", ""),
            ("a", "Lovely. Is it just the woodburner, or have you got an open fire as well?", ""),
            (
                "c",
                "Just the burner. Only we had a bird's nest in there last spring and it made an awful racket, "
                "scratching away.",
                "",
            ),
            (
                "a",
                "Right, then I'll book that in for you now with a bird guard check, and Pete can fit a cowl while "
                "he's up there if you want one.",
                "ownership",
            ),
            ("c", "How much would all that be?", ""),
            (
                "a",
                "The sweep's seventy-five, and the cowl's forty pound fitted. He'll only fit it if you say yes on the "
                "day.",
                "",
            ),
            ("c", "That sounds fair. Don't suppose he does Saturdays?", ""),
            (
                "a",
                "Sorry, he doesn't, that's his one day with the grandkids. He's in Ashburton Thursday the ninth, "
                "first job at eight, or Monday the thirteenth, late morning.",
                "apology",
            ),
            ("c", "Thursday. Sorry, hang on, the dog's going mad at the postman.", ""),
            ("a", "Ha, no bother.", ""),
            ("c", "Right, I'm back. Thursday's fine.", ""),
            (
                "a",
                "Thursday the ninth at eight, you're in. Could you clear the hearth and put a dust sheet down, and "
                "don't light it the night before so it's stone cold for him.",
                "",
            ),
            ("c", "Will do. Will he make a mess of the carpet? It's cream, God help me.", ""),
            ("a", "He brings his own sheets and a proper vacuum, so you'll hardly know he's been.", ""),
            ("c", "Good. Does he give you a certificate? The insurance people asked me for one last year.", ""),
            (
                "a",
                "He does, he'll hand it to you on the day. And because of that nest, I'll give you a ring myself in "
                "March to book the spring check before the birds get ideas.",
                "follow_up_promise",
            ),
            ("c", "Proper job. Thanks ever so much, Lou.", ""),
            ("a", "Thank you, see you Thursday.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 11
    dict(
        id="b16_11",
        pick=True,
        asr=True,
        domain="parcel courier",
        register="Birmingham (Brummie)",
        notes=(
            "Parcel marked delivered to a safe place that doesn't exist; the customer and neighbours blamed, terms "
            "say the sender must claim, two contacts already plus the shop, feelings dismissed, two requests for "
            "someone senior, no manager, hold and transfer to the resolutions desk who send her back to the retailer; "
            "no fix. Misheard desk name."
        ),
        utts=[
            ("a", "hiya youre through to swift drop parcels my names dean can i take your tracking number", ""),
            ("c", "yeah its s d nine nine four two one seven", ""),
            ("a", "lovely and whats the postcode its going to", ""),
            (
                "c",
                "b twenty three six q r and right so its saying delivered wednesday two fourteen left in safe place",
                "",
            ),
            ("c", "but there is no safe place there is no parcel ive looked everywhere", ""),
            (
                "a",
                "right so if the driver left it in a safe place then theyve done their job so its probably been "
                "nicked off your step or one of your neighbours has took it in",
                "blame_shift",
            ),
            (
                "c",
                "there isnt a safe place on my account and ive been round every neighbour and ive rung you lot twice "
                "already this week",
                "repeat_contact",
            ),
            (
                "a",
                "yeah the thing is under our terms a claim for a lost parcel has to come from the sender not the "
                "person receiving it so youd have to go back to the shop",
                "policy_recital channel_redirect",
            ),
            ("c", "ive done that and all they said its down to you lot and to ring swift drop", "repeat_contact"),
            ("a", "well theres no point getting yourself in a state about it", "feeling_dismissal"),
            (
                "c",
                "im not in a state im asking for somebody to actually do summat can i talk to your manager",
                "escalation_request",
            ),
            (
                "a",
                "there isnt a manager on the phones today its just us so theres no way i can put you to anyone higher",
                "cant_language",
            ),
            ("c", "well i want somebody above you to ring me back then", "escalation_request"),
            (
                "a",
                "what i can do is put you through to our revolutions desk so ill put you on hold while i transfer you",
                "transfer hold",
            ),
            ("a", "hello resolutions youve got paula", ""),
            ("c", "hiya paula so me parcel says delivered and it isnt and ive been on to everybody", ""),
            (
                "a",
                "i do understand but resolutions can only open a case once the retailer raises it so its the retailer "
                "you need to get on to",
                "feeling_dismissal channel_redirect",
            ),
            ("c", "and what if they wont", ""),
            (
                "a",
                "then theres nothing at all i can action from here its their claim to make not mine",
                "cant_language",
            ),
            ("c", "youre all as bad as each other honest", ""),
            ("a", "sorry you feel like that was there anything else", "apology"),
        ],
    ),
    # ------------------------------------------------------------------ 12
    dict(
        id="b16_12",
        pick=False,
        asr=False,
        domain="dental practice",
        register="South African (Cape Town)",
        notes=(
            "Late-cancellation fee for a cancellation made in time; the receptionist reads the policy and tells him "
            "not to get heated; he asks for the practice manager, who sits beside her, finds the paper-diary slip, "
            "apologises twice, reverses the fee herself and promises an email; automatic SMS reminder; a colleague's "
            "slip owned by the practice."
        ),
        utts=[
            ("a", "Good morning, Kloof Street Dental, Thandi speaking.", ""),
            (
                "c",
                "Morning Thandi, it's Pieter van Wyk. I see on my card you've charged me four hundred and fifty rand "
                "for a missed appointment, but I phoned in on the Monday to cancel it.",
                "repeat_contact",
            ),
            ("a", "Let me just pull your file up. Yes, there's a late cancellation fee from the twelfth.", ""),
            ("c", "I phoned on the tenth. Two full days before. A lady called Lerato said it was no problem.", ""),
            (
                "a",
                "Our cancellation policy, which you signed when you registered, says forty-eight hours' notice is "
                "required or the full fee is charged, and there's no cancellation logged on the system.",
                "policy_recital",
            ),
            ("c", "Forty-eight hours is exactly what I gave you! Ag, man, this is ridiculous.", ""),
            ("a", "Sir, there's no need to get so heated about it, it's only the policy.", "feeling_dismissal"),
            (
                "c",
                "I'm not heated, I'm telling you what happened. Is the practice manager in? I'd like to speak to her, "
                "please.",
                "escalation_request",
            ),
            ("a", "She's actually sitting right next to me. I'll hand you over to her now.", "transfer"),
            ("a", "Hello Mr van Wyk, this is Anele, I'm the practice manager. Thandi's told me about the fee.", ""),
            ("c", "Hello Anele. I did cancel on the tenth, I promise you.", ""),
            (
                "a",
                "I believe you, and I've just found it. Lerato wrote the cancellation in our paper diary and it never "
                "went onto the computer. I'm so sorry, that's our mistake.",
                "apology",
            ),
            ("c", "Well, thank you for checking. That's all I wanted.", ""),
            (
                "a",
                "I'll reverse the four hundred and fifty rand myself right now. And I apologise for how that was "
                "handled on the phone just now as well.",
                "ownership apology",
            ),
            ("c", "Appreciated. Will it go back onto the same card?", ""),
            (
                "a",
                "The same card, yes, in three to five working days. I'll email you on Friday to confirm the refund "
                "has actually landed.",
                "follow_up_promise",
            ),
            ("c", "Lekker. Thanks, Anele.", ""),
            (
                "a",
                "Pleasure. Your next check-up is still on for March, and you'll get an SMS reminder the week before.",
                "",
            ),
            ("c", "Okay lovely. Cheers.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 13
    dict(
        id="b16_13",
        pick=False,
        asr=False,
        domain="driving school",
        register="Indian English (Bengaluru)",
        notes=(
            "Clean call. Lesson cancelled because the instructor is ill; apology, the agent arranges a replacement "
            "herself, lists documents for the test, meets the customer's nerves with a mock test (empathy with "
            "action), and promises a call on Friday; mother and office mentioned."
        ),
        utts=[
            ("a", "Good evening, Sure Steer Driving School, this is Priya speaking.", ""),
            (
                "c",
                "Hello Priya, this side Rohan Mehta. My lesson tomorrow with Mr Kulkarni, I got a message that it is "
                "cancelled, he is unwell it seems.",
                "",
            ),
            ("a", "Yes, Mr Mehta, I'm sorry about that, he messaged us this afternoon with a fever.", "apology"),
            (
                "c",
                "No issues, these things happen. But my test is on the twenty-second, and I wanted one more reverse "
                "parking practice before that only.",
                "",
            ),
            (
                "a",
                "Of course. I'll arrange a replacement lesson for you myself so you don't lose the practice before "
                "your test. Let me see who's free.",
                "ownership",
            ),
            ("c", "Thank you. Please, can it be a lady instructor if possible? My mother prefers that.", ""),
            ("a", "Yes, Mrs D'Souza has Thursday at seven in the morning, or Saturday at four in the evening.", ""),
            ("c", "Thursday seven is better, I have office on Saturday.", ""),
            (
                "a",
                "Thursday at seven, done. She'll pick you up from the same place, outside the Indiranagar metro gate.",
                "",
            ),
            ("c", "And the fees, do I have to pay again for this one?", ""),
            ("a", "No, your package covers it, nothing extra.", ""),
            ("c", "Super. One more thing, what all documents should I bring for the test?", ""),
            (
                "a",
                "Bring your original learner's licence, your Aadhaar card and two passport photos. Keep them in one "
                "folder the night before so you're not hunting in the morning.",
                "",
            ),
            ("c", "Okay okay. Honestly I'm a bit nervous about the test itself.", ""),
            (
                "a",
                "That's very normal. Mrs D'Souza will run a full mock test with you on Thursday, so you'll know "
                "exactly what the examiner asks.",
                "",
            ),
            ("c", "That will help a lot. Thank you, Priya.", ""),
            (
                "a",
                "And I'll call you on Friday, once Mr Kulkarni is back, to see if you want one more session before "
                "the twenty-second.",
                "follow_up_promise",
            ),
            ("c", "Perfect. Thank you so much.", ""),
            ("a", "All the best for the test, Mr Mehta.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 14
    dict(
        id="b16_14",
        pick=False,
        asr=True,
        domain="solar panel installer",
        register="Polish speaker of English (Leeds)",
        notes=(
            "Inverter fault; the agent blames the inverter maker and sends the customer to its warranty line though "
            "he emailed two weeks ago; then accepts the installer should deal with it and hands over to the engineer "
            "beside him, who talks him through a reset, books himself to check the wiring, promises a call and "
            "apologises; misheard fault name."
        ),
        utts=[
            ("a", "good afternoon sunward solar support youre speaking to callum", ""),
            (
                "c",
                "hello yes my name is tomasz nowak we have the panels from you installed last year and now the the "
                "box in garage the inverter it shows red light and error",
                "",
            ),
            ("a", "okay can i take the postcode and the first line of the address", ""),
            ("c", "yes is l s sixteen four b n and is seventeen birch grove", ""),
            ("a", "thanks tomasz and what does the error say on the little screen", ""),
            ("c", "is saying e zero three great fault i think", ""),
            (
                "a",
                "grid fault yeah right okay so thats an inverter fault and the inverters are made by voltec so thats "
                "really a manufacturer problem rather than ours",
                "blame_shift",
            ),
            (
                "c",
                "but i pay you for the installation and you choose this inverter not me and i already write you email "
                "two weeks ago about this",
                "repeat_contact",
            ),
            (
                "a",
                "yeah the best thing is to ring voltec directly theyve got their own warranty line for this",
                "channel_redirect",
            ),
            ("c", "sorry i dont understand why i must call another company when you put it in my house", ""),
            (
                "a",
                "no thats fair actually you paid us we fitted it so its ours to deal with our engineer phil is sat "
                "beside me ill pass you over to him now",
                "transfer",
            ),
            (
                "a",
                "hiya tomasz its phil one of the engineers so e zero three usually means the inverter lost the grid "
                "for a second and got stuck",
                "",
            ),
            ("c", "okay", ""),
            (
                "a",
                "can you flip the isolator switch on the left side of the box off then count to thirty and switch it "
                "back on for me",
                "",
            ),
            ("c", "okay i do it now okay now is green light", ""),
            (
                "a",
                "brilliant so that should clear it but im gonna book myself in to come and check the wiring on "
                "thursday morning so it doesnt keep happening",
                "ownership",
            ),
            ("c", "thursday is okay my wife is at home", ""),
            ("a", "lovely and ill give you a ring wednesday afternoon to confirm a time", "follow_up_promise"),
            ("c", "thank you very much phil", ""),
            ("a", "and sorry callum sent you round the houses there that wasnt right", "apology"),
        ],
    ),
    # ------------------------------------------------------------------ 15
    dict(
        id="b16_15",
        pick=True,
        asr=False,
        domain="letting agency",
        register="London (Estuary English)",
        notes=(
            "Black mould in a child's bedroom, reported twice and photos emailed; management agreement read, landlord "
            "blamed, hollow empathy with can't, manager request refused, sent to the council, told it's not worth "
            "getting upset, the tenancy clause used to put the damp on the tenant; no fix. A routine note of the call "
            "is not a follow-up."
        ),
        utts=[
            ("a", "Good morning, Kingsmere Lettings, Oliver speaking.", ""),
            (
                "c",
                "Morning. It's Danielle Osei, flat three, forty-two Tollington Road. I'm ringing about the damp in "
                "the back bedroom again. I reported it in September and again in October and nobody's been out.",
                "repeat_contact",
            ),
            ("a", "Thank you. Let me bring the property up. Yes, I can see both reports on here.", ""),
            ("c", "So when's someone coming? There's black mould all up my daughter's wall now.", ""),
            (
                "a",
                "Under the management agreement we're only authorised to instruct repairs up to two hundred pounds "
                "without the landlord's sign-off.",
                "policy_recital",
            ),
            ("c", "And?", ""),
            (
                "a",
                "And Mr Harlow hasn't come back to us on the quote, so the delay is really with him rather than with "
                "us.",
                "blame_shift",
            ),
            ("c", "That's not my problem, is it? I pay my rent to you lot. My daughter's got asthma.", ""),
            (
                "a",
                "I do appreciate that, but there's nothing I'm in a position to do until he approves it.",
                "feeling_dismissal cant_language",
            ),
            ("c", "Can I speak to the branch manager, please?", "escalation_request"),
            (
                "a",
                "She's out on viewings all day. I'd suggest contacting the council's private housing team, they can "
                "serve the landlord a notice.",
                "channel_redirect",
            ),
            ("c", "So you want me to report my own letting agent to the council?", ""),
            (
                "a",
                "It's the quickest route, in my experience. Honestly, it's not worth getting this upset over, these "
                "things take time.",
                "feeling_dismissal",
            ),
            (
                "c",
                "Not worth getting upset. My kid's coughing all night. I emailed you photos of the leaking gutter and "
                "all.",
                "repeat_contact",
            ),
            (
                "a",
                "Tenants are also expected to ventilate the property daily under clause eleven of the tenancy, so "
                "condensation is partly down to how the flat's lived in.",
                "policy_recital blame_shift",
            ),
            ("c", "I open the windows every single day! I can't keep taking time off work to argue about this.", ""),
            ("a", "I've added today's call to the file.", ""),
            (
                "c",
                "Right. I'm going to the council then, and I'm putting a complaint in about you lot while I'm at it.",
                "",
            ),
            ("a", "That's entirely your right. Is there anything else today?", ""),
        ],
    ),
    # ------------------------------------------------------------------ 16
    dict(
        id="b16_16",
        pick=False,
        asr=False,
        domain="holiday park (static caravans)",
        register="Geordie",
        notes=(
            "Clean call. Upgrading a caravan booking for a bigger family; the agent takes the search on himself with "
            "a real hold, apologises for the wait, moves the deposit, instructs about the dog, sends a confirmation "
            "email (not a follow-up) and promises a call the week before."
        ),
        utts=[
            ("a", "Hello, Bamburgh Dunes Holiday Park, Craig speaking.", ""),
            (
                "c",
                "Hiya pet, it's Mrs Robson. We've got a static booked for the week of the fourteenth, and wor "
                "Lindsay's bringing the bairns now, so we're going to need a bigger van.",
                "",
            ),
            ("a", "Lovely, can I take the booking number off you?", ""),
            ("c", "B D four four one eight.", ""),
            ("a", "Got it, a two-bed Seaview for four people. How many are you now?", ""),
            ("c", "Seven, counting the little one.", ""),
            (
                "a",
                "Right, I'll find you a three-bed myself. I need to check with the lettings office what's free, so "
                "I'm going to pop you on hold for a minute.",
                "ownership hold",
            ),
            (
                "a",
                "Thanks for holding, Mrs Robson, and sorry that took a while, the office phone was ringing off the "
                "hook.",
                "apology",
            ),
            ("c", "Eeh, not to worry, pet.", ""),
            (
                "a",
                "I've got a three-bed Coastline van for the same week, pitch twenty-two, right by the play park, "
                "which the bairns'll love.",
                "",
            ),
            ("c", "Oh champion. How much more is that?", ""),
            (
                "a",
                "It's a hundred and ten pounds more for the week. I've moved your deposit across, so there's just the "
                "difference to pay at the end.",
                "",
            ),
            ("c", "Okay lovely. Do I need to fill owt in for the extra people?", ""),
            ("a", "Just give their names at reception when you arrive, nothing before.", ""),
            ("c", "And the dog can still come?", ""),
            (
                "a",
                "Yes, the Coastline's a pet-friendly van. Keep him on a lead round the vans, and there's a dog walk "
                "down by the dunes.",
                "",
            ),
            ("c", "Grand. Our Keith's doing the driving, he'll want to know about the parking.", ""),
            (
                "a",
                "Two cars per van, right outside. I'm emailing you the new booking confirmation now, and I'll give "
                "you a ring the week before to sort out your arrival time.",
                "follow_up_promise",
            ),
            ("c", "Lovely, thanks very much, Craig.", ""),
            ("a", "See you on the fourteenth.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 17
    dict(
        id="b16_17",
        pick=False,
        asr=True,
        domain="veterinary practice",
        register="Irish (Donegal)",
        notes=(
            "Cat's thyroid tablets not signed off after a wasted trip in; the vet blamed, the owner's worry brushed "
            "off, can't sign; then the receptionist asks the vet herself on hold, apologises for the wait and for "
            "brushing her off, and promises a call before the next repeat; misheard drug name and a line sorry left "
            "unlabelled."
        ),
        utts=[
            ("a", "good morning riverside veterinary clinic aoife speaking", ""),
            (
                "c",
                "hi aoife its maura doherty im ringing about the thigh road tablets for my cat mittens i called in on "
                "monday for them and they werent ready and i was told tuesday",
                "repeat_contact",
            ),
            (
                "a",
                "okay so the vet has to sign off all repeat prescriptions and doctor lynch is really behind this week "
                "so thats where its sitting with her",
                "blame_shift",
            ),
            ("c", "but shes only two tablets left and the vet said herself she mustnt miss a dose", ""),
            ("a", "ah look shell be grand for a day or two dont be fretting yourself about it", "feeling_dismissal"),
            ("c", "im not fretting for the sake of it the vet told me she cant go without them", ""),
            ("a", "yeah no thats fair but i cant sign them off myself its only the vets can do that", "cant_language"),
            ("c", "so what am i meant to do", ""),
            (
                "a",
                "right let me go in and ask doctor lynch myself between her appointments ill put you on hold for a "
                "minute or two",
                "ownership hold",
            ),
            (
                "a",
                "sorry about the wait maura so ive had a word and shes signed them off now so theyre ready for you",
                "apology",
            ),
            ("c", "oh thats brilliant thank you", ""),
            ("a", "and im sorry for telling you not to worry earlier you were right to chase it up", "apology"),
            ("c", "not at all", ""),
            ("a", "what time were you thinking of coming down", ""),
            ("c", "i finish in the shop at half five so ill be down the head of six", ""),
            ("a", "sorry maura you broke up a small bit there what time did you say", ""),
            ("c", "about six", ""),
            (
                "a",
                "grand theyll be at the front desk in a bag with her name on and the next time theyre due ill ring "
                "you a week ahead so youre not caught short",
                "follow_up_promise",
            ),
            ("c", "lovely thanks a million aoife", ""),
            ("a", "no bother at all tell mittens i said hello", ""),
        ],
    ),
    # ------------------------------------------------------------------ 18
    dict(
        id="b16_18",
        pick=True,
        asr=False,
        domain="gym membership",
        register="Spanish speaker of English (Bristol)",
        notes=(
            "Member moving abroad can't cancel; email not accepted, sent to the app, the minimum-term and "
            "relocation-proof sections read, hollow empathy with can't, manager request met by a hold and transfer to "
            "the membership team, who apologise, blame head office and push the app freeze and the inbox; no fix."
        ),
        utts=[
            ("a", "Hi, thanks for calling FlexForm Gyms, you're through to Jordan.", ""),
            (
                "c",
                "Hello, my name is Lucía Ferrer. I want to cancel my membership, because I move to Valencia next "
                "month. I already send an email two weeks ago and nobody answer me.",
                "repeat_contact",
            ),
            (
                "a",
                "Okay, so memberships can't be cancelled over email, it has to be done in the FlexForm app under "
                "Account.",
                "channel_redirect",
            ),
            ("c", "I try in the app. There is no button for cancel, only for freeze.", ""),
            (
                "a",
                "That's because you're still in your minimum term. Section seven of the membership terms says the "
                "twelve months have to be completed before you can cancel, unless you're relocating more than "
                "twenty-five miles away.",
                "policy_recital",
            ),
            ("c", "But I am relocating! Valencia is much more than twenty-five miles, it is another country.", ""),
            (
                "a",
                "Relocation cancellations need a utility bill or rental contract at the new address dated at least "
                "thirty days back, that's in the same section.",
                "policy_recital",
            ),
            ("c", "How I can have a bill from thirty days ago if I don't move yet? This makes no sense.", ""),
            (
                "a",
                "I understand it's frustrating, but that's the rule and I've got no way of overriding it.",
                "feeling_dismissal cant_language",
            ),
            ("c", "Please, I want to speak with your manager.", "escalation_request"),
            (
                "a",
                "Okay, I'll put you through to the membership team, they handle cancellations. Bear with me, you'll "
                "be on hold for a moment while I transfer you.",
                "transfer hold",
            ),
            ("a", "Membership team, this is Nadia. I've got the notes from Jordan.", ""),
            (
                "c",
                "Hello Nadia. I need to cancel, I move to Spain, I don't want to pay for a gym in Bristol I can't use.",
                "",
            ),
            ("a", "I'm sorry, but head office set the minimum term rules, not us at the club.", "apology blame_shift"),
            ("c", "So what can I do?", ""),
            (
                "a",
                "You could freeze it for three months in the app, or send the relocation proof to the membership "
                "inbox once you have it.",
                "channel_redirect",
            ),
            ("c", "Freeze means I pay later. This is not a solution. I will tell my bank to stop the payment.", ""),
            ("a", "That's up to you. Was there anything else today?", ""),
            ("c", "No. Nothing. Goodbye.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 19
    dict(
        id="b16_19",
        pick=False,
        asr=False,
        domain="window cleaning",
        register="Welsh (Gwynedd)",
        notes=(
            "Clean call. Moving a round because of scaffolding; the agent moves it herself, offers the front only, "
            "apologises for a missed window last time, keeps the old price, gives gate instructions and promises her "
            "own check call; the customer's roofers mentioned; the customer's sorry."
        ),
        utts=[
            ("a", "Good morning, Menai Window Cleaning, Ffion speaking.", ""),
            (
                "c",
                "Bore da, Ffion. It's Gwilym Hughes in Bangor. Your chap's due on Friday, but we're having the "
                "conservatory roof replaced that week, so there'll be scaffolding all round the back.",
                "",
            ),
            ("a", "Ah, thanks for letting us know. Let me find you. Ffordd Caernarfon, is it?", ""),
            ("c", "That's it, number nine, the one with the blue door.", ""),
            (
                "a",
                "Right. I'll move the back and sides to the next round for you now, so Dewi isn't fighting the "
                "scaffolders.",
                "ownership",
            ),
            ("c", "When would that be?", ""),
            (
                "a",
                "Friday the twenty-eighth. Would you like just the front done this Friday as well, since that side's "
                "clear?",
                "",
            ),
            ("c", "Oh, go on then. And he missed the little window over the porch last time, mind.", ""),
            ("a", "Oh, sorry about that, I'll make a note so he does it on Friday.", "apology"),
            ("c", "How much is the front on its own?", ""),
            ("a", "Twelve pounds, and then the full house as normal on the twenty-eighth.", ""),
            ("c", "Sorry, I thought the front was ten.", ""),
            (
                "a",
                "It went up in April, we put a letter through everyone's door, but I'll leave it at ten this time "
                "since it's my suggestion.",
                "",
            ),
            ("c", "That's kind of you. Does he need the side gate open?", ""),
            (
                "a",
                "Not for the front. For the twenty-eighth, if you could leave the side gate unbolted, he'll let "
                "himself through and lock it behind him.",
                "",
            ),
            ("c", "Is it still cash, or can I pay by bank transfer these days?", ""),
            (
                "a",
                "Either's fine. Dewi leaves a little card with the bank details on, or you can pay him on the "
                "doorstep.",
                "",
            ),
            ("c", "The roofers reckon they'll be finished by the twenty-fifth. I'll ring if that changes.", ""),
            (
                "a",
                "Perfect. And I'll give you a quick call myself on the twenty-sixth to check the scaffold's down "
                "before he comes round.",
                "follow_up_promise",
            ),
            ("c", "Champion. Diolch yn fawr, Ffion.", ""),
            ("a", "Croeso. Hwyl fawr, Mr Hughes.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 20
    dict(
        id="b16_20",
        pick=False,
        asr=True,
        domain="hearing aid clinic",
        register="South African (Cape Town)",
        notes=(
            "Hearing aid repair late after a call last week; the lab in Johannesburg blamed; an apology for his "
            "situation; the receptionist hands him to the audiologist in the next room, who fits a loaner herself and "
            "promises a call with a date; a customer's line sorry and a garbled stretch are unlabelled."
        ),
        utts=[
            ("a", "morning hearwell audiology ronda bosh this is nadia speaking", ""),
            (
                "c",
                "morning nadia its its mister february here um ebrahim february i brought my hearing aid in for "
                "repair three weeks back and you said ten days and i phoned last week already and still nothing",
                "repeat_contact",
            ),
            ("a", "okay can you give me your date of birth mister february just so i have the right file", ""),
            ("c", "the third of june nineteen fifty one", ""),
            (
                "a",
                "okay let me look mister february ja so its gone up to the manufacturer in jo burg and theyre the "
                "ones sitting on it not us",
                "blame_shift",
            ),
            ("c", "but i cant hear the grandchildren properly and my wife has to shout everything twice", ""),
            ("a", "ag sorry man thats really not nice for you", "apology"),
            ("c", "sorry you went soft there the battery with the sea dove number", ""),
            ("a", "i was just saying thats not nice for you at all", ""),
            ("c", "no its not", ""),
            (
                "a",
                "look our audiologist doctor pillay is in the room next door let me hand you to her she can help you "
                "more than me",
                "transfer",
            ),
            ("a", "hello mister february its doctor pillay here nadia says youre without your hearing aid", ""),
            ("c", "yes doctor three weeks now", ""),
            (
                "a",
                "okay so im going to set you up with a loaner aid myself this afternoon so youre not stuck waiting on "
                "the lab",
                "ownership",
            ),
            ("c", "this afternoon can i come at two my son can drive me", ""),
            ("a", "two is perfect bring the charger from your old one if you have it the loaner uses the same one", ""),
            ("c", "okay i will bring it and how long can i keep the loaner one", ""),
            ("a", "as long as you need it until yours comes back and theres no charge for it", ""),
            ("c", "okay thats good", ""),
            (
                "a",
                "and ill phone the lab in johannesburg and call you back by friday with a date for your own aid",
                "follow_up_promise",
            ),
            ("c", "thank you doctor that is very kind", ""),
            ("a", "pleasure see you at two", ""),
        ],
    ),
    # ------------------------------------------------------------------ 21
    dict(
        id="b16_21",
        pick=True,
        asr=False,
        domain="event ticketing",
        register="Australian (Queensland)",
        notes=(
            "Concert moved to a weeknight, two online refund requests refused; purchase terms read twice, the "
            "promoter blamed, hollow empathy with can't, a supervisor request met by the team leader beside him, who "
            "apologises, reads the clause, refuses a further escalation, pushes the resale marketplace and tells him "
            "getting cross won't help; no fix."
        ),
        utts=[
            ("a", "G'day, thanks for calling TixNow, you're speaking with Brodie.", ""),
            (
                "c",
                "Hi Brodie. I had four tickets for the Midnight Oilers in Brisbane, it's been moved to a Tuesday in "
                "March and I can't go, so I want my money back. I've already put the online refund request in twice "
                "and both got knocked back.",
                "repeat_contact",
            ),
            ("a", "No worries, can I grab the order number off you?", ""),
            ("c", "It's T N eight eight three zero one two.", ""),
            (
                "a",
                "Thanks. Yeah, so as per our purchase terms, a rescheduled event isn't a cancelled event, so refunds "
                "aren't available, the tickets just carry over to the new date.",
                "policy_recital",
            ),
            (
                "c",
                "A Tuesday night in Brisbane, when I live in Toowoomba and start work at six on Wednesdays? That's "
                "not the gig I paid for.",
                "",
            ),
            (
                "a",
                "The date change came from the promoter, so that's their call, we just sell the tickets for them.",
                "blame_shift",
            ),
            ("c", "You took my three hundred and sixty bucks, mate, not the promoter.", ""),
            (
                "a",
                "I know it's disappointing, but there's honestly nothing I can refund on a rescheduled show.",
                "feeling_dismissal cant_language",
            ),
            ("c", "Can I talk to a supervisor, then?", "escalation_request"),
            ("a", "My team leader's right here beside me, I'll put her on.", "transfer"),
            ("a", "Hi there, it's Kylie, I'm the team leader on today. Brodie's caught me up.", ""),
            ("c", "Great. So can you refund me?", ""),
            (
                "a",
                "I'm sorry, the terms are the terms. Clause nine covers rescheduled events and it's the same for "
                "every customer.",
                "apology policy_recital",
            ),
            ("c", "Then I want someone above you, because this is rubbish.", "escalation_request"),
            (
                "a",
                "There's nobody above me on the phones. You're welcome to resell the tickets on our fan-to-fan "
                "marketplace, that's your best option.",
                "channel_redirect",
            ),
            ("c", "Resell them at a loss, you mean. There's a fee on that, isn't there?", ""),
            (
                "a",
                "There's a ten per cent listing fee, yes. Getting cross with us won't change the terms, sadly.",
                "feeling_dismissal",
            ),
            ("c", "Right. I'll be talking to Fair Trading, then.", ""),
            ("a", "That's your call. Anything else I can help you with?", ""),
        ],
    ),
    # ------------------------------------------------------------------ 22
    dict(
        id="b16_22",
        pick=False,
        asr=False,
        domain="tool hire",
        register="Manchester (Mancunian)",
        notes=(
            "Clean call. Extending a floor sander hire and putting sanding belts aside; a short bear-with-me with no "
            "wait, then a real hold to the stock room, an apology for the wait, ownership of the extension and a "
            "promised reminder text; the customer's brother and his own sorry."
        ),
        utts=[
            ("a", "Afternoon, Northway Tool Hire, Stockport, Liam speaking.", ""),
            (
                "c",
                "Alright Liam. I've got one of your floor sanders out till Friday, but the job's taking longer than I "
                "thought, I'll need it over the weekend.",
                "",
            ),
            ("a", "Not a problem. What's the hire number on your paperwork?", ""),
            ("c", "H R five five two one. Name's Sajid Malik.", ""),
            (
                "a",
                "Cheers, Sajid. I'll get that extended for you now. Bear with me, just checking nobody's got it "
                "booked for Saturday.",
                "ownership",
            ),
            ("c", "No bother.", ""),
            ("a", "Yep, it's free. I've moved your return to Monday at nine.", ""),
            ("c", "Smashing. Also, the sanding belts, I'm nearly through the ones I bought off you.", ""),
            ("a", "How many are you after? The eighty grit or the finer one?", ""),
            ("c", "Couple of each, if you've got them in.", ""),
            (
                "a",
                "They're normally on the shelf but I'll have to go and have a proper look in the stock room. I'm "
                "putting you on hold for a bit.",
                "hold",
            ),
            (
                "a",
                "Sorry about that, took longer than I thought, they were buried in a box at the back. I've put two "
                "eighty and two one-twenty aside with your name on.",
                "apology",
            ),
            ("c", "Top man. Can my brother grab them? I'm stuck on site all day.", ""),
            ("a", "Yeah, he just needs to give the hire number at the counter.", ""),
            ("c", "Sound. What'll the weekend cost me?", ""),
            (
                "a",
                "Weekend rate's thirty-five, so you'll see that on the final invoice. And I'll send you a text on "
                "Monday morning reminding you it's due back.",
                "follow_up_promise",
            ),
            ("c", "Cheers for that. Sorry I'm ringing so late in the day, by the way.", ""),
            ("a", "You're alright, we're here till six. Good luck with the floor.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 23
    dict(
        id="b16_23",
        pick=False,
        asr=True,
        domain="home fibre broadband",
        register="Ghanaian English (Accra)",
        notes=(
            "Fibre dropping for a week after an unreturned callback; the agent belittles the fault, then apologises "
            "and puts her on hold while connecting her to field support, who apologises, sends a technician himself "
            "and promises an evening call; misheard signal light, a customer's clarifying sorry unlabelled."
        ),
        utts=[
            ("a", "good afternoon coastline fibre this is selasi how may i help you", ""),
            (
                "c",
                "good afternoon please my name is ama boateng my internet has been going off and on since last week "
                "and i called on monday and they said they will call me back but nobody called",
                "repeat_contact",
            ),
            ("a", "okay madam can i have your account number please", ""),
            ("c", "its c f zero zero four eight eight one", ""),
            ("a", "thank you and is it the red light on the router", ""),
            ("c", "yes the loss light is red and sometimes it comes back then it goes again", ""),
            (
                "a",
                "okay madam theres no need to get upset about this thing its only a small fault it will come back",
                "feeling_dismissal",
            ),
            (
                "c",
                "i beg its not small i run my tailoring business from the house and my customers send their orders on "
                "whatsapp",
                "",
            ),
            ("a", "hmm okay i see sorry for the trouble madam", "apology"),
            ("c", "sorry what did you say", ""),
            (
                "a",
                "i said the lost light means the fibre signal is not reaching you so its not something the router "
                "itself can fix",
                "",
            ),
            ("c", "okay so what do we do", ""),
            (
                "a",
                "please hold on for me let me connect you to the field technicians they are the ones who book the "
                "visits",
                "transfer hold",
            ),
            ("a", "hello madam this is kojo from field support selasi told me about the red light", ""),
            ("c", "yes please its been a whole week now", ""),
            (
                "a",
                "sorry about all that i will send a technician myself tomorrow morning between nine and twelve to "
                "check the cable at the pole",
                "apology ownership",
            ),
            ("c", "tomorrow okay thank you my sister will be home if i go to the market", ""),
            (
                "a",
                "and i will call you tomorrow evening after he leaves to make sure the light is green",
                "follow_up_promise",
            ),
            ("c", "thank you kojo god bless you", ""),
            ("a", "youre welcome madam have a nice day", ""),
        ],
    ),
    # ------------------------------------------------------------------ 24
    dict(
        id="b16_24",
        pick=True,
        asr=False,
        domain="student accommodation",
        register="Chinese speaker of English (Liverpool)",
        notes=(
            "Heater broken for nine days after two app reports and a visit to reception; the maintenance contractor "
            "blamed, hollow empathy with can't, the residence agreement read, manager request answered with an email "
            "address, sent back to the app after an unanswered email, no rent adjustment, told not to stress; no fix. "
            "The customer's university office mentioned."
        ),
        utts=[
            ("a", "Good afternoon, Unistay Living, Harbour Point, Ellis speaking.", ""),
            (
                "c",
                "Hello, my name is Wang Lei, room four-one-two. My heater is broken for nine days. I reported in the "
                "app two times and also I came to reception on Monday.",
                "repeat_contact",
            ),
            (
                "a",
                "Let me check. Yes, I can see two tickets. They're with our maintenance contractor, Halden "
                "Facilities, so it's really on them to schedule it.",
                "blame_shift",
            ),
            ("c", "But it is very cold, the room is twelve degrees at night. I am sleeping in my coat.", ""),
            (
                "a",
                "I understand, but all maintenance goes through Halden, and I can't book their engineers or give you "
                "a time.",
                "feeling_dismissal cant_language",
            ),
            ("c", "Then can you give me a heater to borrow, for now?", ""),
            ("a", "Can I have your student ID number first, please, so I can note it against the room?", ""),
            ("c", "Yes, it is two zero one four four seven eight.", ""),
            (
                "a",
                "We don't lend out electric heaters, that's in the residence agreement, section fourteen, for fire "
                "safety.",
                "policy_recital",
            ),
            ("c", "So I just stay cold? Can I speak with the manager of the building?", "escalation_request"),
            (
                "a",
                "The residence manager is only contactable by email, her address is on the noticeboard in the lobby.",
                "channel_redirect",
            ),
            ("c", "I emailed her also last Thursday, no answer.", "repeat_contact"),
            (
                "a",
                "She gets a lot of emails. I'd log it again in the app as well, so it gets bumped up the queue.",
                "channel_redirect",
            ),
            ("c", "Logging again and again does nothing. Can I have some rent back for these days?", ""),
            (
                "a",
                "Rent reductions aren't something reception deals with, there's no way for me to change anything on "
                "your account.",
                "cant_language",
            ),
            ("c", "Sorry, my English. You mean you cannot do it, or nobody can do it?", ""),
            (
                "a",
                "Nobody at reception can. It's not worth stressing yourself out over, Halden usually get there within "
                "two weeks.",
                "feeling_dismissal",
            ),
            ("c", "Two weeks. Okay. I will tell the accommodation office at my university.", ""),
            ("a", "That's fine. Have a good evening.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 25
    dict(
        id="b16_25",
        pick=False,
        asr=False,
        domain="photo printing and framing",
        register="American (New England)",
        notes=(
            "Clean call. Wrong file uploaded for a canvas print; the agent swaps it herself with the file emailed "
            "straight to her (not a redirect), apologises for a possible delay, adds a rush flag, notes the automatic "
            "tracking email and promises her own check on Wednesday; husband and mother-in-law mentioned."
        ),
        utts=[
            ("a", "Thanks for calling Framewell Photo Lab, this is Marisa, how can I help you?", ""),
            (
                "c",
                "Hi Marisa. I ordered a canvas print of our wedding photo last night, and I just realized I uploaded "
                "the tiny low-resolution version by mistake. The order number is F W three one seven seven.",
                "",
            ),
            (
                "a",
                "Oh no, okay, let me find it. It's in the queue, but it hasn't gone to print yet, so we've got time.",
                "",
            ),
            ("c", "Oh, thank goodness. Can I swap the file?", ""),
            (
                "a",
                "Absolutely. I'll swap it for you myself, so you don't need to start a whole new order. Could you "
                "email the full-size file to me at the address on your receipt?",
                "ownership",
            ),
            ("c", "Sure, I'm sending it now. My husband has the originals on his laptop.", ""),
            ("a", "Perfect, I'll keep an eye on my inbox.", ""),
            ("c", "Okay, it should be there now.", ""),
            (
                "a",
                "Got it. It's four thousand pixels wide, so that'll print beautifully at twenty-four by thirty-six.",
                "",
            ),
            ("c", "Great. Will that push back the delivery? It's for my mother-in-law's birthday on the twelfth.", ""),
            ("a", "It might add a day. I'm sorry, I know you've got a date to hit.", "apology"),
            (
                "c",
                "That's okay, we've got a week. Also, could the frame be the walnut one instead of black? Sorry, I "
                "keep changing my mind.",
                "",
            ),
            ("a", "No problem at all, walnut it is, and it's the same price as the black.", ""),
            ("c", "Okay lovely.", ""),
            ("a", "I've also put a rush flag on it at no charge, so it should still ship on Thursday.", ""),
            ("c", "You're a lifesaver. That makes sense.", ""),
            (
                "a",
                "You'll get a tracking email once it ships, that one's automatic. And I'll check on it personally "
                "Wednesday afternoon and email you if anything looks off.",
                "follow_up_promise",
            ),
            ("c", "Thank you so much, Marisa.", ""),
            ("a", "My pleasure. And congratulations again on the wedding.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 26
    dict(
        id="b16_26",
        pick=False,
        asr=True,
        domain="taxi firm",
        register="Scottish (Glasgow)",
        notes=(
            "Booked taxi never came and the customer missed a train; the agent blames a busy driver and tells her not "
            "to shout, she asks for the manager; then the agent apologises, looks at the booking herself, finds the "
            "firm's own system fault and covers the new ticket, and promises the manager will phone; the system "
            "mentioned while owning the fault."
        ),
        utts=[
            ("a", "hello clydeside cabs youre through to gail", ""),
            (
                "c",
                "aye hiya gail i booked a taxi for half six this morning to central station and it never turned up "
                "and i missed my train to london",
                "",
            ),
            ("a", "right can i take the phone number you booked it on", ""),
            ("c", "zero seven eight one two nine nine four four zero six", ""),
            ("a", "and is that the booking under mcgowan for half six from dennistoun", ""),
            ("c", "aye thats me mcgowan", ""),
            (
                "a",
                "okay ach well it was a mad busy morning hen and the driver mustve had a job run over thats just what "
                "happens sometimes",
                "blame_shift",
            ),
            ("c", "thats no my problem i had to pay ninety quid for a new ticket", ""),
            ("a", "ach theres no need to be shouting down the phone at me its no my fault", "feeling_dismissal"),
            ("c", "im no shouting im raging theres a difference put me on to your manager", "escalation_request"),
            ("a", "okay okay im sorry youre right i shouldnt have said that", "apology"),
            ("a", "let me look at the booking properly for you right now", "ownership"),
            ("c", "go on then", ""),
            (
                "a",
                "aye so i can see it now the booking never got sent out to a driver at all it got stuck in our system "
                "so thats us and no the driver",
                "",
            ),
            ("c", "so what are you gonna do about my ninety quid", ""),
            (
                "a",
                "were gonna cover the ninety pound ticket send the receipt to bookings at clydeside cabs and ill get "
                "it back on your card by friday",
                "follow_up_promise",
            ),
            ("c", "fair enough and what about the manager", ""),
            ("a", "ill still pass it to her as a complaint and shell phone you this week herself", "follow_up_promise"),
            ("c", "right okay thats more like it cheers gail", ""),
            ("a", "nae bother and sorry again about your train", "apology"),
        ],
    ),
    # ------------------------------------------------------------------ 27
    dict(
        id="b16_27",
        pick=True,
        asr=False,
        domain="energy supplier",
        register="Jamaican British (London)",
        notes=(
            "Direct debit more than doubled on an estimate after a call and a rejected online reading; the system "
            "blamed, direct debit review terms read, hollow empathy with can't, a request for someone senior met by a "
            "hold and transfer to billing, where she explains again; can't, sent to the website, told not to raise "
            "her voice; no fix."
        ),
        utts=[
            ("a", "Good afternoon, Brightfield Energy, you're speaking with Tom.", ""),
            (
                "c",
                "Afternoon, Tom. My name's Marcia Campbell. My direct debit's gone from ninety to two hundred and ten "
                "a month, on an estimate. I rang you last month and I sent a meter reading through the website, and "
                "it's still estimated.",
                "repeat_contact",
            ),
            ("a", "Can I confirm the first line of your address and your date of birth?", ""),
            ("c", "Fourteen Elmhurst Road, and the ninth of May, nineteen sixty-one.", ""),
            (
                "a",
                "Thank you. So the reading you sent in was rejected because it fell outside the expected range for "
                "your property.",
                "",
            ),
            (
                "c",
                "It's outside the range because your estimate's nonsense! I've been reading that meter for thirty "
                "years.",
                "",
            ),
            (
                "a",
                "The range check is automatic, so that's down to the system, not anything anyone here has done.",
                "blame_shift",
            ),
            ("c", "I don't care who did it. I want the direct debit put back to what it was.", ""),
            (
                "a",
                "Per our direct debit terms, payments are only reviewed every six months, so it can't change until "
                "the next review in April.",
                "policy_recital",
            ),
            ("c", "April? I'm a pensioner, I can't find two hundred and ten pound a month till April.", ""),
            (
                "a",
                "I appreciate money's tight, but it's the review cycle and I can't override it from here.",
                "feeling_dismissal cant_language",
            ),
            ("c", "Then let me speak to somebody senior, please.", "escalation_request"),
            ("a", "I can transfer you to billing. Please hold while I put you through.", "transfer hold"),
            ("a", "Billing, Shanice speaking. Can I take the account number?", ""),
            (
                "c",
                "I've given all this to Tom already! This is the second person today I've had to explain it all to.",
                "repeat_contact",
            ),
            ("a", "I haven't got Tom's notes, so I'll need the details again, sorry.", "apology"),
            (
                "c",
                "Account ending four four nine two. The reading's been rejected and my direct debit's more than "
                "doubled.",
                "",
            ),
            (
                "a",
                "For a rejected reading we need a photo of the meter, and the meter reading team deals with those, "
                "billing can't touch them.",
                "cant_language",
            ),
            ("c", "So where do I send it?", ""),
            (
                "a",
                "You'll have to upload it on the website under Help, then Meter Disputes, and it takes up to ten "
                "working days.",
                "channel_redirect",
            ),
            ("c", "The website's what rejected it in the first place!", ""),
            ("a", "Please don't raise your voice at me, madam, I'm trying to help you here.", "feeling_dismissal"),
            ("c", "You're not helping. I'm going to the ombudsman.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 28
    dict(
        id="b16_28",
        pick=False,
        asr=False,
        domain="home alarm monitoring",
        register="Canadian (Nova Scotia)",
        notes=(
            "Clean call. Swapping a keyholder and a chirping panel; the agent updates the list himself, gives an "
            "instruction about the code, then holds her while connecting her to the install team, who apologise, post "
            "a battery and promise a check call; the panel reports the swap by itself (not a redirect); neighbour, "
            "brother and cat mentioned."
        ),
        utts=[
            ("a", "Good morning, NorthGuard Home Security, this is Kevin.", ""),
            (
                "c",
                "Morning Kevin. It's Claire Thibodeau in Dartmouth. My neighbour's moving away, and she's one of the "
                "keyholders on my alarm, so I'd like to swap her out for my brother.",
                "",
            ),
            ("a", "Sure thing. Can I have your passcode, please?", ""),
            ("c", "It's Lighthouse.", ""),
            (
                "a",
                "Thanks, Claire. I'll update the keyholder list for you right now. What's your brother's name and "
                "number?",
                "ownership",
            ),
            ("c", "Marc Thibodeau, nine oh two, five five five, zero one four eight.", ""),
            ("a", "Got it, he's on and your neighbour's off. Does he have a key and the disarm code?", ""),
            ("c", "He has a key. Not the code yet.", ""),
            ("a", "Okay. Best to give him the code in person rather than texting it, that's the safest way.", ""),
            (
                "c",
                "Will do. Oh, and the panel's been beeping once an hour since Sunday, eh. It's driving the cat nuts.",
                "",
            ),
            (
                "a",
                "That's usually a low battery on one of the sensors. Our install team can sort that out, so I'll put "
                "you on hold and connect you with them.",
                "transfer hold",
            ),
            ("a", "Hi Claire, Ashley with the install team. Kevin says you've got a chirping panel?", ""),
            ("c", "That's the one.", ""),
            (
                "a",
                "Sorry about the racket, that beep is maddening. It's the back-door sensor showing low, so I'm "
                "mailing you a new battery today with a little card showing how to swap it.",
                "apology",
            ),
            ("c", "Perfect. Will I have to phone anybody once it's in?", ""),
            (
                "a",
                "Nope, the panel lets us know by itself once it's changed. But I'll give you a call next Friday "
                "anyway to make sure the beeping's stopped.",
                "follow_up_promise",
            ),
            ("c", "Great, thanks Ashley.", ""),
            ("a", "You're welcome, have a good one.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 29
    dict(
        id="b16_29",
        pick=False,
        asr=True,
        domain="packers and movers (removals)",
        register="Indian English (Pune)",
        notes=(
            "Wardrobe mirror broken in a move; the forty-eight-hour claim window read and the agent says the software "
            "won't let her; she then accepts the customer's point and hands him to the claims head beside her, who "
            "apologises, approves it himself with photos sent straight to them, and promises a call; misheard name "
            "and item."
        ),
        utts=[
            ("a", "good morning shiftwell packers and movers this is anjali speaking", ""),
            (
                "c",
                "good morning madam my name is suresh iyer you did our house shifting from chennai to pune on "
                "saturday and the word robe mirror is totally broken",
                "",
            ),
            ("a", "oh okay sir can you tell me the job number", ""),
            ("c", "its s w four four seven one p", ""),
            (
                "a",
                "thank you sir so for damage claims as per our terms the claim should be raised within forty eight "
                "hours of delivery and after that it is not covered",
                "policy_recital",
            ),
            ("c", "madam we only unpacked it yesterday night the box was sealed how can i know before", ""),
            (
                "a",
                "sir i cannot accept the claim after the window the software itself wont allow me to open it",
                "cant_language",
            ),
            ("c", "this is not correct your packers only wrapped it in one sheet i saw with my own eyes", ""),
            (
                "a",
                "okay okay you are correct sir i should not have quoted the window at you our claims head mister desh "
                "panday is sitting next to me i am giving the phone to him",
                "transfer",
            ),
            ("a", "hello mister iyer this is vinod deshpande from claims anjali has explained me the matter", ""),
            ("c", "yes sir the mirror", ""),
            (
                "a",
                "first of all very sorry for this sir a mirror should have gone in a wooden crate not one sheet",
                "apology",
            ),
            ("c", "okay that is what i was saying", ""),
            (
                "a",
                "i am approving the claim myself now so you dont need to fill any form just send two photos of the "
                "mirror on the whatsapp number anjali will give you",
                "ownership",
            ),
            ("c", "okay i will send my son will take the photos", ""),
            ("a", "and i will call you tomorrow by eleven with the settlement amount", "follow_up_promise"),
            ("c", "thank you sir that is very helpful", ""),
            ("a", "welcome sir and once again sorry for the trouble", "apology"),
        ],
    ),
    # ------------------------------------------------------------------ 30
    dict(
        id="b16_30",
        pick=True,
        asr=False,
        domain="car rental",
        register="American South (Texas)",
        notes=(
            "Damage charge for a scratch that was there at pickup, photos emailed; the rental agreement read, the "
            "airport location blamed, hollow empathy with can't, sent to an online dispute form, a supervisor request "
            "refused with his worry brushed off, then sent to his card issuer; no fix."
        ),
        utts=[
            ("a", "Thank you for calling Roadstar Car Rental, this is Devon, how can I help?", ""),
            (
                "c",
                "Hi Devon, Earl Hutchins. I returned a pickup at your San Antonio airport location last week, and "
                "y'all have charged my card four hundred and eighty dollars for a scratch I did not put on that "
                "truck.",
                "",
            ),
            ("a", "Okay, can I get the rental agreement number?", ""),
            ("c", "R S two two seven four zero nine.", ""),
            (
                "a",
                "Thank you. So the return inspection shows a scratch on the rear bumper, and it's documented with "
                "photos.",
                "",
            ),
            (
                "c",
                "I took photos at pickup too, and the same scratch is right there. I emailed them to y'all on Monday.",
                "repeat_contact",
            ),
            (
                "a",
                "The pickup inspection is the renter's responsibility under section twelve of the rental agreement, "
                "and any damage not marked on the checkout form is charged at return.",
                "policy_recital",
            ),
            ("c", "There wasn't a soul at the counter to mark it on! It was six in the morning.", ""),
            (
                "a",
                "That would be on the airport location, they staff the counter, not us in customer care.",
                "blame_shift",
            ),
            ("c", "Well, y'all are all Roadstar. I want it off my card.", ""),
            (
                "a",
                "I hear your frustration, sir, but I'm not able to remove a damage charge from here.",
                "feeling_dismissal cant_language",
            ),
            ("c", "Who can, then?", ""),
            (
                "a",
                "You'd need to file a damage dispute through the online form at roadstar dot com slash disputes.",
                "channel_redirect",
            ),
            ("c", "I want a supervisor, please.", "escalation_request"),
            (
                "a",
                "There's no supervisor available right now. Honestly, sir, there's no need to be so worried about it, "
                "disputes do get looked at eventually.",
                "feeling_dismissal",
            ),
            ("c", "Eventually. That's four hundred and eighty dollars of my money sitting with y'all.", ""),
            ("a", "You could also call your credit card company and ask them about a chargeback.", "channel_redirect"),
            ("c", "So your advice is to fight you through my bank.", ""),
            ("a", "That's one option, sir. Is there anything else I can help with today?", ""),
            ("c", "No, sir. You've done plenty.", ""),
        ],
    ),
    # ------------------------------------------------------------------ 31
    dict(
        id="b16_31",
        pick=False,
        asr=True,
        domain="meal kit delivery",
        register="Italian-born Australian customer (Melbourne)",
        notes=(
            "Clean call. Pausing two boxes and changing the address; the agent takes it on and does it, a clarifying "
            "sorry about spelling unlabelled, a real hold to check the postcode, apologies for the wait and a missing "
            "ingredient, and a promised message before the first box at the new address; sister and son mentioned; "
            "misheard street name."
        ),
        utts=[
            ("a", "hi there youre through to fresh crate this is jess how can i help", ""),
            (
                "c",
                "hello jess yes my name is rosa de luca i want to um to pause the box for two weeks because i go to "
                "visit my sister in perth",
                "",
            ),
            (
                "a",
                "oh lovely yeah no worries at all ill sort that out for you whats the email on the account",
                "ownership",
            ),
            ("c", "is rosa de luca at big pond dot com", ""),
            ("a", "sorry is that de luca all one word or two", ""),
            ("c", "all one word yes", ""),
            (
                "a",
                "perfect got you rosa so your next two boxes are the eleventh and the eighteenth so ill skip both of "
                "those",
                "",
            ),
            (
                "c",
                "yes and also when i come back i move into the unit near my son in brunswick so the address change",
                "",
            ),
            ("a", "oh okay congratulations whats the new address", ""),
            ("c", "is unit four ligon street brunswick", ""),
            (
                "a",
                "let me check we deliver to that postcode just bear with me ill pop you on hold while it loads",
                "hold",
            ),
            ("a", "thanks for holding rosa sorry that took a bit the postcode checker was being slow today", "apology"),
            ("a", "yep were there on thursdays so ive changed the address from the twenty fifth onwards", ""),
            ("c", "oh good thank you and the lasagna one last time the pasta sheets was missing", ""),
            (
                "a",
                "oh no im sorry about that ive popped a twelve dollar credit on your account for the missing pasta",
                "apology",
            ),
            ("c", "you are very kind", ""),
            (
                "a",
                "and ill send you a quick message the day before your first box at the new place just so the driver "
                "finds the unit",
                "follow_up_promise",
            ),
            ("c", "thank you jess", ""),
            ("a", "enjoy perth and say hi to your sister", ""),
        ],
    ),
    # ------------------------------------------------------------------ 32
    dict(
        id="b16_32",
        pick=False,
        asr=False,
        domain="pest control",
        register="Brazilian Portuguese speaker of English (Southampton)",
        notes=(
            "Wasps back three weeks after treatment; the agent first cites the fourteen-day guarantee, then sends the "
            "technician back herself at no charge, meets the customer's fear with action (not dismissal), gives "
            "instructions, promises a call and apologises; the earlier visit is not a repeat contact; the customer's "
            "own sorries."
        ),
        utts=[
            ("a", "Good morning, Hallmark Pest Solutions, Rosie speaking.", ""),
            (
                "c",
                "Good morning. My name is Thiago Ribeiro. Your technician came three weeks ago for the wasps in the "
                "roof, and now they are back, many of them, near my son's window.",
                "",
            ),
            ("a", "Let me bring up the job. Yes, Darren treated a nest on the fourteenth.", ""),
            ("c", "Yes, that's him. Is it possible he comes again?", ""),
            (
                "a",
                "The treatment guarantee only runs for fourteen days, so anything after that is a new call-out at "
                "sixty-five pounds.",
                "policy_recital",
            ),
            ("c", "But it is the same nest, I think. The wasps come from the same hole under the roof tiles.", ""),
            (
                "a",
                "Right, if they're using the same entry point, that's a different story. I can't tell from here "
                "whether it's the same nest, mind.",
                "",
            ),
            (
                "a",
                "So I'll send Darren back out myself at no charge, and if it is the same nest it's covered by the "
                "guarantee.",
                "ownership",
            ),
            ("c", "Thank you. When can he come? My son is allergic, so I am a bit scared.", ""),
            ("a", "That's understandable, so I'm putting you first on his list for tomorrow morning.", ""),
            ("c", "Tomorrow is good. What should we do tonight?", ""),
            (
                "a",
                "Keep that window shut and the curtains closed, and don't try to block the hole yourself, it can send "
                "them looking for another way in.",
                "",
            ),
            ("c", "Okay. Sorry, one question, is the spray safe for the cat?", ""),
            ("a", "Yes, once it's dry, about an hour. Just keep the cat in another room while he's working.", ""),
            ("c", "Okay, perfect.", ""),
            (
                "a",
                "And I'll ring you tomorrow afternoon after he's been, to make sure they've gone quiet.",
                "follow_up_promise",
            ),
            ("c", "Thank you, Rosie. Sorry for my English.", ""),
            ("a", "Your English is lovely. I'm sorry they came back, that must have given you a fright.", "apology"),
        ],
    ),
]
