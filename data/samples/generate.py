#!/usr/bin/env python3
"""Generate Earshot's bundled demo calls (synthetic speech, ground truth included).

Development-time tool: it needs the Debian packages ``espeak-ng`` and ``sox``
(with ``libsox-fmt-all`` for Ogg/MP3) plus PyAV (for the one ``.m4a``).  Users never
run it; the rendered audio, ``calls.csv`` and ``truth/*.json`` are committed.

    apt-get install espeak-ng sox libsox-fmt-all
    .venv/bin/python data/samples/generate.py [--out data/samples] [--only CALL-0003 ...]

It can also be imported (e.g. via ``importlib`` by path) and exposes:

* ``render_call(script, out_path, *, seed=0) -> dict`` – renders one call to a stereo
  8 kHz file (agent on ``script["agent_channel"]``, customer on the other channel) and
  returns the ground truth (utterance and moment times measured from the rendered
  speech, in seconds from the start of the file);
* ``SCRIPTS`` (the call scripts), ``AGENTS``, ``CUSTOMERS``, ``MOMENT_KINDS``,
  ``CSV_COLUMNS`` and ``main()``.

How timings are measured: every line is synthesised by espeak-ng at its native rate,
resampled to 8 kHz by sox, and then trimmed to the first/last sample whose amplitude
exceeds 1 % of the line's peak (espeak pads each clause with silence).  The trimmed
samples are placed at an exact sample offset in the mix, so ``start = offset / 8000``
and ``end = (offset + len) / 8000`` are exact.  After encoding, the file is decoded
again and cross-correlated with the mix; encoders that delay the audio (MP3) are
compensated by dropping the delay from the start of the input and re-encoding.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import wave
import zlib
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

SR = 8000  # telephony rate of every rendered file
OGG_QUALITY = "1"  # sox -C for Vorbis: low quality keeps the repo small
TTS_EFFECTS = ["sinc", "200-3600", "treble", "6", "2500"]  # phone band + crisper consonants
WORD_GAP = 2  # espeak -g (x10 ms between words): helps ASR on synthetic speech
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository root, when run as a script

from pipeline.ingest.manifest import KNOWN_COLUMNS  # noqa: E402
from pipeline.records import MOMENT_KINDS  # noqa: E402

PII_KINDS = ("card_number", "expiry", "cvv", "email", "phone")

# The manifest columns Earshot knows, plus one from the call system that ingest must keep verbatim.
CSV_COLUMNS = [*KNOWN_COLUMNS, "crm_ticket"]

# --------------------------------------------------------------------------- cast
# Each person has one espeak-ng voice (language + variant, speed, pitch) used in every
# call, so they sound distinct from each other and consistent across calls.
AGENTS = {
    "A-101": {
        "name": "Daniel Okafor",
        "team": "Billing",
        "voice": "en-gb+m5",
        "speed": 152,
        "pitch": 45,
        "gain_db": 0.0,
    },
    "A-102": {
        "name": "Sarah Whitfield",
        "team": "Billing",
        "voice": "en-gb+f3",
        "speed": 150,
        "pitch": 55,
        "gain_db": -1.0,
    },
    "A-201": {
        "name": "Marcus Reid",
        "team": "Technical Support",
        "voice": "en-us+m1",
        "speed": 155,
        "pitch": 40,
        "gain_db": 0.5,
    },
    "A-202": {
        "name": "Aisha Bello",
        "team": "Technical Support",
        "voice": "en-gb+f2",
        "speed": 148,
        "pitch": 62,
        "gain_db": -0.5,
    },
    "A-301": {
        "name": "Tom Baker",
        "team": "Deliveries",
        "voice": "en-us+m6",
        "speed": 158,
        "pitch": 50,
        "gain_db": 0.0,
    },
    "A-302": {
        "name": "Grace Lin",
        "team": "Deliveries",
        "voice": "en-gb+f4",
        "speed": 148,
        "pitch": 68,
        "gain_db": -1.0,
    },
}
CUSTOMERS = {
    "C-1001": {"name": "Priya Patel", "voice": "en-gb+f1", "speed": 145, "pitch": 48, "gain_db": -2.0},
    "C-1002": {"name": "George Miller", "voice": "en-us+m3", "speed": 145, "pitch": 35, "gain_db": -3.0},
    "C-1003": {"name": "Fatima Khan", "voice": "en-029+f3", "speed": 150, "pitch": 58, "gain_db": -2.5},
    "C-1004": {"name": "Liam O'Connor", "voice": "en-gb-x-rp+m7", "speed": 155, "pitch": 45, "gain_db": -1.5},
    "C-1005": {"name": "Chloe Evans", "voice": "en-us+f2", "speed": 152, "pitch": 64, "gain_db": -3.0},
    "C-1006": {"name": "Ahmed Hassan", "voice": "en-029+m2", "speed": 145, "pitch": 48, "gain_db": -2.0},
    "C-1007": {"name": "Rosa Martinez", "voice": "en-us+f5", "speed": 142, "pitch": 72, "gain_db": -2.5},
    "C-1008": {"name": "Derek Thompson", "voice": "en-us+klatt2", "speed": 162, "pitch": 38, "gain_db": 0.0},
    "C-1009": {"name": "Emily Clarke", "voice": "en-us+f4", "speed": 150, "pitch": 60, "gain_db": -3.0},
}
# Voices of the evaluation audio (pipeline/analysis/audio_eval.py). MBROLA diphone voices, driven by
# espeak-ng, are stitched from recorded human speech; espeak's own formant voices above sound robotic,
# and Whisper `base` recovers about 75 % of their words at 8 kHz against 85-93 % for these (measured on
# 20 eval lines), closer to real phone speech. They need Debian's contrib/non-free packages
# `mbrola mbrola-en1 mbrola-us1 mbrola-us2` at development time only; the audio is committed.
EVAL_PERSONAS = {
    "E-AGENT": {"name": "Eval agent", "voice": "mb-en1", "speed": 155, "pitch": 50, "gain_db": 0.0},
    "E-AGENT-2": {"name": "Eval second agent", "voice": "mb-us1", "speed": 150, "pitch": 60, "gain_db": -1.0},
    "E-CUSTOMER": {"name": "Eval customer", "voice": "mb-us2", "speed": 155, "pitch": 42, "gain_db": -2.0},
}
PERSONAS = {**AGENTS, **CUSTOMERS, **EVAL_PERSONAS}

# --------------------------------------------------------------------------- script DSL
# A script is a plain JSON-able dict; its "lines" are utterances or non-speech items.
#   utterance: {"speaker": "agent"|"customer", "text", "moments": [kind...],
#               optional "persona" (defaults to the call's agent/customer), "gap" (s of
#               silence before it, default random 0.3-1.2), "overlap" (s it starts before
#               the previous utterance ends), "pii": [card_number|expiry|cvv|email|phone]}
#   hold:      {"hold": s, "music": bool, "during": [utterances on hold]} -- hold music on
#              the CUSTOMER's channel, agent channel silent except the "during" lines
#              (e.g. a warm-transfer briefing); lasts max(s, until the briefing is over).
#   dead air:  {"dead_air": s} -- exactly s of silence (no music) before the next line.


def A(text, *moments, **kw):
    return {"speaker": "agent", "text": text, "moments": list(moments), **kw}


def C(text, *moments, **kw):
    return {"speaker": "customer", "text": text, "moments": list(moments), **kw}


def HOLD(seconds, *during, music=True):
    return {"hold": seconds, "music": music, "during": list(during)}


def DEAD_AIR(seconds):
    return {"dead_air": seconds}


PRIYA_ORDER = "N W four eight two one three"

SCRIPTS = [
    # ---------------------------------------------------------------- Mon 2 Nov
    {
        "call_id": "CALL-0001",
        "agent_id": "A-201",
        "customer_id": "C-1002",
        "queue": "Tech Support",
        "started_at": "2026-11-02T09:14:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-50712",
        "format": "ogg",
        "summary": "Good call: speaker wifi fix, first-contact resolution, happy customer.",
        "lines": [
            A(
                "Good morning, thank you for calling Northwind Home technical support, this is Marcus. How can I "
                "help you today?"
            ),
            C(
                "Hi Marcus. I bought one of your Echo Home speakers last month, and since I changed my broadband "
                "router it won't connect to the wifi at all."
            ),
            A(
                "Okay, that's not a problem at all, I can help with that. Can I take your name and the email on "
                "the account?"
            ),
            C("It's George Miller, and the email is george dot miller at example dot com.", pii=["email"]),
            A(
                "Thanks George, I've found your account. Let me sort this out for you. Is the light on top of the "
                "speaker flashing orange at the moment?",
                "ownership",
            ),
            C("Yes, it's flashing orange."),
            A(
                "Perfect. Press and hold the action button for ten seconds until the light turns blue, then open "
                "the Northwind app on your phone."
            ),
            C("Okay, holding it now. Right, it's gone blue."),
            A(
                "Great. In the app, tap add device, pick your new network, and type in the wifi password from the "
                "back of the router."
            ),
            C("Done. It's saying connecting. Oh, it just played a little chime."),
            A(
                "That's it connected. I can see it online on my side as well, and I've pushed the latest update to "
                "it, so you won't need to do anything else."
            ),
            C("Brilliant, thank you so much. I thought I'd have to send it back."),
            A("Not at all. Is there anything else I can help with today?"),
            C("No, that's everything. Cheers, Marcus."),
            A("You're welcome George, have a lovely day."),
        ],
    },
    {
        "call_id": "CALL-0002",
        "agent_id": "A-101",
        "customer_id": "C-1003",
        "queue": "Billing",
        "started_at": "2026-11-02T11:30:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-50718",
        "format": "ogg",
        "summary": "Good call: duplicate charge refunded on the call; 'no need to call back, it's done'.",
        "lines": [
            A("Northwind Home billing, Daniel speaking. How can I help?"),
            C(
                "Hello. I've been charged twice for my sofa order. Two payments of four hundred and twenty pounds "
                "came out of my account on Friday."
            ),
            A("Oh no, I'm sorry about that, let's have a look. Could you give me the order number, please?", "apology"),
            C("Yes, it's N W five five three one nine."),
            A(
                "Thank you. Right, I can see both payments. The second one is a duplicate from when the payment "
                "page timed out. I'll take care of that personally.",
                "ownership",
            ),
            C("Okay. How long will it take to get the money back?"),
            A(
                "I've just refunded the duplicate payment now, while we've been talking. You should see it back in "
                "your account within three to five working days, and I've emailed you the reference."
            ),
            C("Oh, that was quick. So I don't need to chase it?"),
            A(
                "No need to call back, it's done. If it isn't in your account by next Friday, that reference lets "
                "anyone here find it straight away."
            ),
            C("That's great. Thank you so much, Daniel."),
            A("My pleasure, Fatima. Is there anything else I can do for you?"),
            C("No, that's all. Bye now."),
            A("Bye, take care."),
        ],
    },
    # ---------------------------------------------------------------- Tue 3 Nov
    {
        "call_id": "CALL-0003",
        "agent_id": "A-101",
        "customer_id": "C-1001",
        "queue": "Billing",
        "started_at": "2026-11-03T10:12:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-50871",
        "format": "ogg",
        "summary": "Priya 1/6: refund missing; policy recital, blames courier, redirects to email, promises a call "
        "back tomorrow (never happens).",
        "lines": [
            A("Good morning, Northwind Home billing, you're speaking with Daniel. How can I help?"),
            C(
                "Hi, my name's Priya Patel. I returned a coffee machine two weeks ago and I still haven't had my "
                "refund. It was a hundred and eighty nine pounds ninety nine."
            ),
            A("Okay. Can I take the order number?"),
            C(f"It's {PRIYA_ORDER}."),
            A(
                "Thanks. So I can see the return was booked, but it hasn't been marked as received. Our policy "
                "states that refunds are processed within fourteen working days of the item arriving at our "
                "warehouse.",
                "policy_recital",
            ),
            C("But I dropped it at the post office on the twentieth. I've got the receipt."),
            A(
                "Then it's probably the courier. They often don't scan parcels at the depot, so that's really on "
                "their side, not ours.",
                "blame_shift",
            ),
            C("So what happens now? I need that money back."),
            A(
                "What you'll need to do is email the returns team at returns at northwind home dot com, with a "
                "photo of your receipt.",
                "channel_redirect",
            ),
            C("Can't you just check with the warehouse yourself?"),
            A(
                "I'll have a word with the warehouse this afternoon, and I'll call you back tomorrow morning to "
                "let you know what they say.",
                "follow_up_promise",
            ),
            C("Okay. Tomorrow morning. Please do call me, because I've been waiting long enough."),
            A("Will do. Is there anything else?"),
            C("No. Thanks."),
        ],
    },
    {
        "call_id": "CALL-0004",
        "agent_id": "A-202",
        "customer_id": "C-1004",
        "queue": "Tech Support",
        "started_at": "2026-11-03T15:45:00",
        "direction": "inbound",
        "agent_channel": "right",
        "parent_call_id": "",
        "crm_ticket": "TCK-50903",
        "format": "ogg",
        "summary": "Agent on the RIGHT channel; 12 s of dead air; blames the manufacturer, can't-language, redirects "
        "to the website form.",
        "lines": [
            A("Technical support, Aisha speaking."),
            C(
                "Hi, yeah. The laptop I bought from you in September won't start up since an update last night. It "
                "just shows a black screen with a spinning circle."
            ),
            A("Right. Let me just look up the model."),
            DEAD_AIR(12.0),
            C("Hello? Are you still there?"),
            A(
                "Yes, sorry, the system is really slow today. Okay, so that update was pushed by the manufacturer, "
                "so that's really their fault, not something we did.",
                "apology",
                "blame_shift",
            ),
            C("I don't really care whose fault it is. I need it for work tomorrow."),
            A("I understand. Unfortunately, I'm unable to do a remote repair on that model.", "cant_language"),
            C("So what am I supposed to do?"),
            A(
                "You'll have to go to our website and fill in the repair form, and then a courier will collect it.",
                "channel_redirect",
            ),
            C("How long does that take?"),
            A("Usually seven to ten days."),
            C("Ten days? Is there really nothing else you can try?"),
            A("Well, you could try holding the power button down for thirty seconds. That sometimes resets it."),
            C("Hang on. Okay, it's restarting. Oh, it's actually gone past the spinning circle now."),
            A("Great, so that's fixed then."),
            C("Seems to be. Thanks."),
        ],
    },
    # ---------------------------------------------------------------- Wed 4 Nov
    {
        "call_id": "CALL-0005",
        "agent_id": "A-301",
        "customer_id": "C-1001",
        "queue": "Deliveries",
        "started_at": "2026-11-04T14:30:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51022",
        "format": "ogg",
        "summary": "Priya 2/6 (leg A): no call back came; blames billing, 'nothing I can do', 'ring the other number', "
        "then a cold transfer to CALL-0006.",
        "lines": [
            A("Northwind Home deliveries, Tom speaking, how can I help you?"),
            C(
                "Hi Tom. This is the second time I've called about this. I spoke to someone in billing yesterday, "
                "he promised to call me back this morning, and nobody called.",
                "repeat_contact",
            ),
            A("Okay. What's it regarding?"),
            C(
                f"A refund for a coffee machine I returned. Order {PRIYA_ORDER}. Billing said it was the courier, "
                f"so I'm supposed to talk to deliveries."
            ),
            A(
                "Right, I can see the return here. It was delivered to our warehouse on the twenty eighth of "
                "October, so the courier's done their job. If the refund hasn't gone through, that's the billing "
                "team's mistake, not ours.",
                "blame_shift",
            ),
            C("So why did billing tell me it hadn't arrived?"),
            A(
                "I couldn't tell you. Honestly, there's nothing I can do about refunds from deliveries.",
                "cant_language",
            ),
            C("So I've just been sent round in a circle."),
            A(
                "You'd have to ring billing on the other number, the oh three three oh one one. Or I can put you "
                "through.",
                "channel_redirect",
            ),
            C("Please put me through. And can you tell them what you've just told me?"),
            A("Sure. I'll transfer you now, please hold.", "transfer"),
            HOLD(6.0),  # the leg ends while the customer hears hold music
        ],
    },
    {
        "call_id": "CALL-0006",
        "agent_id": "A-102",
        "customer_id": "C-1001",
        "queue": "Billing",
        "started_at": "2026-11-04T14:36:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "CALL-0005",
        "crm_ticket": "TCK-51022",
        "format": "ogg",
        "summary": "Priya 3/6 (leg B of CALL-0005): has to re-explain; pile of apologies, 'the system' blamed, can't "
        "refund, no team leader, promises an email by Friday.",
        "lines": [
            A("Billing, Sarah speaking. Can I take your name and order number, please?"),
            C(f"Priya Patel, order {PRIYA_ORDER}. Didn't the last person tell you anything?"),
            A("No, sorry, I've just got the call coming through. What seems to be the problem?", "apology"),
            C(
                "I already explained all of this. I've now explained it to three people. I returned a coffee "
                "machine, your warehouse got it on the twenty eighth, and I still haven't been refunded.",
                "repeat_contact",
            ),
            A("Oh, I'm so sorry to hear that.", "apology"),
            A(
                "Let me look. Right. I'm really sorry, it looks like the system didn't create the refund when the "
                "return was scanned in. The system does that sometimes.",
                "apology",
                "blame_shift",
                gap=0.8,
            ),
            C("Okay, so can you do it now?"),
            A(
                "I do apologise, I'm unable to issue refunds over a hundred pounds myself. It has to go to a team "
                "leader.",
                "apology",
                "cant_language",
            ),
            C("Then put me through to a team leader.", "escalation_request"),
            A(
                "I'm sorry, they aren't taking calls at the moment. I'm really sorry about all this.",
                "apology",
                "cant_language",
            ),
            A(
                "What I'll do is raise it with them today, and I'll email you by Friday with an update.",
                "follow_up_promise",
                gap=0.5,
            ),
            C("Friday. Fine. But I want it in writing this time."),
            A("Of course. Again, I'm so sorry for all the trouble.", "apology"),
            C("Bye."),
        ],
    },
    {
        "call_id": "CALL-0007",
        "agent_id": "A-102",
        "customer_id": "C-1007",
        "queue": "Billing",
        "started_at": "2026-11-04T16:10:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51040",
        "format": "ogg",
        "summary": "Card payment: test card 4111 1111 1111 1111 read aloud (split by a pause), expiry, CVV, phone, "
        "email. Happy customer.",
        "lines": [
            A("Northwind Home billing, Sarah speaking, how can I help?"),
            C(
                "Hi Sarah. I got a letter saying the payment for my dining table failed, and I'd like to pay the "
                "balance today."
            ),
            A(
                "I can do that for you right now. Can I take your full name and the phone number on the account?",
                "ownership",
            ),
            C("Rosa Martinez. The phone number is oh seven seven oh oh, nine oh oh, four five six.", pii=["phone"]),
            A(
                "Thanks, Rosa. The balance is two hundred and ten pounds. Whenever you're ready, what's the long "
                "number on the card?"
            ),
            C("It's four one one one, one one one one,", pii=["card_number"]),
            C("one one one one, one one one one.", pii=["card_number"], gap=1.8),
            A("And the expiry date?"),
            C("Oh eight, twenty nine.", pii=["expiry"]),
            A("And the three digit security code on the back?"),
            C("One two three.", pii=["cvv"]),
            A("Thank you. That's gone through, and the balance is now cleared. Would you like a receipt by email?"),
            C("Yes please. It's rosa dot martinez at example dot com.", pii=["email"]),
            A("Lovely, that's sent. Your table is still booked for delivery on Saturday, so nothing changes there."),
            C("Brilliant, thank you so much."),
            A("You're welcome. Have a good evening."),
        ],
    },
    # ---------------------------------------------------------------- Thu 5 Nov
    {
        "call_id": "CALL-0008",
        "agent_id": "A-301",
        "customer_id": "C-1008",
        "queue": "Deliveries",
        "started_at": "2026-11-05T09:20:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51109",
        "format": "ogg",
        "summary": "Angry missed delivery: courier blamed, 'you should have read the email', 'calm down', customer "
        "talks over the agent and asks for a supervisor.",
        "lines": [
            A("Deliveries, Tom speaking."),
            C(
                "Yeah. I took a day off work yesterday for my wardrobe delivery and nobody turned up. Nobody rang, "
                "nothing."
            ),
            A("Okay. Can I have the order number?"),
            C("N W six two zero four four."),
            A(
                "So the courier marked it as a failed delivery, no access. That's the courier's fault, to be fair, "
                "they run their own routes.",
                "blame_shift",
            ),
            C("No access? I was sat at home all day!"),
            A(
                "Also, the slot was moved to Friday. We sent you an email about it on Monday, so you should have "
                "read the email.",
                "blame_shift",
            ),
            C("I never got any email!", gap=0.3),
            A("Sir, I need you to calm down. There's no need to get upset about it.", "feeling_dismissal"),
            C(
                "Don't tell me to calm down! I want to speak to your supervisor, right now.",
                "escalation_request",
                overlap=1.0,
            ),
            A("I'm unable to put you through to a supervisor. They don't take calls directly.", "cant_language"),
            C("Unbelievable. So when is my wardrobe actually coming?"),
            A("I can rebook it for next Thursday, that's the first slot we have."),
            C("Next Thursday? I've already wasted a whole day!", overlap=0.6),
            A("I completely understand. It's the best I can do.", "feeling_dismissal"),
            C("Fine. Book it. And I'll be putting in a complaint."),
            A("Okay, it's booked. I'll email you the confirmation by the end of today.", "follow_up_promise"),
        ],
    },
    {
        "call_id": "CALL-0009",
        "agent_id": "A-302",
        "customer_id": "C-1001",
        "queue": "Deliveries",
        "started_at": "2026-11-05T11:05:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51130",
        "format": "ogg",
        "summary": "Priya 4/6: 'third time I've called'; Grace takes ownership, holds (music) to call the warehouse, "
        "then a WARM transfer: briefs Daniel, who greets Priya and promises to check on Monday.",
        "lines": [
            A("Good morning, Northwind Home deliveries, you're through to Grace. How can I help?"),
            C(
                "Hi Grace. This is the third time I've called this week about the same refund, and I'm really "
                "running out of patience.",
                "repeat_contact",
            ),
            A(
                "I'm sorry you've had to call again. Let me sort this out for you. Can I have the order number?",
                "apology",
                "ownership",
            ),
            C(f"{PRIYA_ORDER}. I was promised a call back on Tuesday that never came.", "repeat_contact"),
            A(
                "Okay. I'm going to put you on a short hold while I ring the warehouse myself. Is that alright?",
                "hold",
                "ownership",
            ),
            C("Yes, go ahead."),
            HOLD(17.0),
            A(
                "Thanks for holding, Priya. The warehouse confirmed they received the machine on the twenty "
                "eighth, so the refund should have been released."
            ),
            C("That's what I've been saying all week."),
            A(
                "You have. I'm going to transfer you to billing, and I'll stay on the line and explain everything, "
                "so you don't have to repeat yourself.",
                "transfer",
                "ownership",
            ),
            HOLD(
                3.0,
                A("Billing, Daniel speaking.", persona="A-101"),
                A(
                    "Hi Daniel, it's Grace in deliveries. I have Mrs Patel here, her refund hasn't arrived. The "
                    "warehouse confirms they received the return on the twenty eighth, and she's already given her "
                    "order number, it's four eight two one three.",
                    "transfer",
                ),
                A("Got it, thanks Grace. Put her through.", persona="A-101"),
            ),
            A("Priya, I have Daniel from billing on the line. He has all the details. Thank you for your patience."),
            A(
                "Hi Mrs Patel, Daniel here. The refund is held for a manual check, so I'm sending it for approval now.",
                persona="A-101",
            ),
            C("Wait, I spoke to you on Tuesday. You said you'd call me back.", "repeat_contact"),
            A(
                "Yes, I'm sorry about that, I got tied up. I'll check on it Monday and let you know once the "
                "approval comes through.",
                "apology",
                "follow_up_promise",
                persona="A-101",
            ),
            C("Monday. Okay. Please make sure you actually do."),
        ],
    },
    {
        "call_id": "CALL-0010",
        "agent_id": "A-201",
        "customer_id": "C-1006",
        "queue": "Tech Support",
        "started_at": "2026-11-05T13:50:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51151",
        "format": "ogg",
        "summary": "COLD transfer inside the recording: Marcus transfers, hold music, Sarah asks the customer to "
        "explain again; terms-and-conditions recital, then she fixes it.",
        "lines": [
            A("Technical support, Marcus speaking. What can I do for you?"),
            C("Hello. My internet bundle went up by fifteen pounds this month, and nobody told me why."),
            A("Ah, that'll be a billing question rather than a technical one. I'll transfer you now.", "transfer"),
            C("Okay."),
            HOLD(19.0),
            A("Billing, Sarah speaking. Could you explain what the problem is?", persona="A-102"),
            C(
                "I just explained this to your colleague. My bill went up by fifteen pounds without any warning.",
                "repeat_contact",
            ),
            A(
                "Right, let me check. Per the terms and conditions, the price rises every November in line with "
                "inflation, and that's in your contract.",
                "policy_recital",
                persona="A-102",
            ),
            C("Nobody told me that when I signed up."),
            A(
                "It was in the letter we sent in September. But I can see you're out of contract, so I can move "
                "you to the new plan at the price you were paying. I can do that for you right now.",
                "ownership",
                persona="A-102",
            ),
            C("Yes please, do that."),
            A(
                "Done. That's not a problem at all. You'll see the old price on your next bill, and I've emailed "
                "you the new terms.",
                persona="A-102",
            ),
            C("Brilliant, thank you."),
            A("No problem. Have a good afternoon.", persona="A-102"),
        ],
    },
    # ---------------------------------------------------------------- Fri 6 Nov
    {
        "call_id": "CALL-0011",
        "agent_id": "A-302",
        "customer_id": "C-1005",
        "queue": "Deliveries",
        "started_at": "2026-11-06T08:55:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51203",
        "format": "flac",
        "summary": "Good call: delivery moved, short hold with music, ownership, a concrete promise (email within the "
        "hour), happy customer.",
        "lines": [
            A("Deliveries, this is Grace. How can I help today?"),
            C(
                "Hi Grace. I've got a bed frame coming tomorrow, but I've just been told I need to be at the "
                "hospital in the morning. Is there any way to move it?"
            ),
            A(
                "Of course, that's not a problem at all. Let me see what slots we have. Can I pop you on hold for "
                "a moment?",
                "hold",
            ),
            C("Sure."),
            HOLD(16.0),
            A(
                "Thanks for holding. I've spoken to the driver, and I can move you to the afternoon, between two "
                "and five, or to Monday morning."
            ),
            C("The afternoon would be perfect."),
            A(
                "Done, I'll take care of that personally. I'll email you the new slot within the hour, and the "
                "driver will text you thirty minutes before he arrives.",
                "ownership",
                "follow_up_promise",
            ),
            C("Brilliant, thank you so much. That's a real weight off."),
            A("You're welcome. I hope everything goes well at the hospital."),
        ],
    },
    {
        "call_id": "CALL-0012",
        "agent_id": "A-102",
        "customer_id": "C-1001",
        "queue": "Billing",
        "started_at": "2026-11-06T09:40:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51219",
        "format": "ogg",
        "summary": "Priya 5/6: promised email never came; 'no need to be upset', T&Cs recital, asks for a manager, "
        "'not something we can do', sent to the website form.",
        "lines": [
            A("Good morning, billing, Sarah speaking."),
            C(
                "Hi Sarah, it's Priya Patel again. This is the fourth time I've called about my refund. You told "
                "me on Wednesday you'd email me by today, and I've heard nothing.",
                "repeat_contact",
            ),
            A("Let me look. I can see it was sent for approval yesterday."),
            C("Yesterday? So it's still not done. I've been waiting over two weeks for a hundred and ninety pounds."),
            A(
                "There's no need to be upset, Mrs Patel. Per the terms and conditions, refunds can take up to ten "
                "working days after approval.",
                "feeling_dismissal",
                "policy_recital",
            ),
            C("Ten more days? That is not acceptable. I want to speak to a manager, please.", "escalation_request"),
            A(
                "I completely understand. Unfortunately, that's not something we can do over the phone.",
                "feeling_dismissal",
                "cant_language",
            ),
            C("Why on earth not?"),
            A(
                "Managers only handle complaints in writing. You'll have to go to our website and use the "
                "complaints form.",
                "channel_redirect",
            ),
            C("I have called you four times. I have explained everything four times."),
            A("I'm sorry you feel that way.", "feeling_dismissal"),
            C("Just tell me when I will get my money."),
            A("As I said, it's with the approvals team. I'll make a note on your account."),
            C("A note. Right. Goodbye."),
        ],
    },
    {
        "call_id": "CALL-0013",
        "agent_id": "A-202",
        "customer_id": "C-1009",
        "queue": "Tech Support",
        "started_at": "2026-11-06T14:05:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51266",
        "format": "ogg",
        "summary": "Cracked tablet: warranty terms recited, can't-language, redirected to a repair partner's email, "
        "apologies with no resolution.",
        "lines": [
            A("Northwind technical support, Aisha speaking. How can I help?"),
            C(
                "Hi. My daughter dropped our tablet and the screen has cracked. It's only four months old, so I "
                "assumed the warranty would cover it."
            ),
            A(
                "I'm sorry to hear that. Unfortunately, under the warranty terms, accidental damage isn't covered. "
                "The policy only covers manufacturing faults.",
                "apology",
                "policy_recital",
            ),
            C("Oh. But a screen shouldn't crack from a drop off the sofa, surely?"),
            A(
                "I'm afraid that's not something we can help with. The terms are quite clear on that.",
                "cant_language",
                "policy_recital",
            ),
            C("Is there any way to get it repaired, then?"),
            A(
                "You'd need to email our repair partner at repairs at fixit dot example dot com, and they'll give "
                "you a quote.",
                "channel_redirect",
            ),
            C("Can't you book it in for me?"),
            A(
                "Sorry, I don't have access to their system. There's nothing I can do from here.",
                "apology",
                "cant_language",
            ),
            C("Right. And roughly how much would a new screen cost?"),
            A("Sorry, I really don't know. They'll be able to tell you.", "apology"),
            C("Okay. Well, I suppose I'll email them. Thanks anyway."),
            A("Sorry I couldn't be more help. Have a good day.", "apology"),
        ],
    },
    # ---------------------------------------------------------------- Sat 7 Nov
    {
        "call_id": "CALL-0014",
        "agent_id": "A-101",
        "customer_id": "C-1001",
        "queue": "Billing",
        "started_at": "2026-11-07T10:20:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51302",
        "format": "ogg",
        "summary": "Priya 6/6 (ends angry): 'calm down', customer blamed for bank details, 'unable to', asks for a "
        "supervisor, told to call back Monday; she talks over the agent and hangs up.",
        "lines": [
            A("Northwind billing, Daniel speaking."),
            C(
                "It's Priya Patel. I have called you five times this week. Five times! And you promised me a call "
                "back on Tuesday.",
                "repeat_contact",
            ),
            A("Mrs Patel, please calm down, I'm trying to help you here.", "feeling_dismissal"),
            C("Don't tell me to calm down! I've been on the phone all week!", overlap=0.8),
            A(
                "Right. So, looking at it, the refund was approved yesterday, but it was rejected, because the "
                "bank details on your account are out of date. You should have updated them when you moved.",
                "blame_shift",
            ),
            C("I paid by card! Just refund it to the card!"),
            A(
                "I'm afraid I'm unable to change the refund method once it's been rejected. That's just how the "
                "system works.",
                "cant_language",
                "blame_shift",
            ),
            C("This is ridiculous. Get me a supervisor. Now.", "escalation_request"),
            A(
                "There isn't a supervisor in on a Saturday. You'll need to call back on Monday, or send us an email.",
                "channel_redirect",
            ),
            C(
                "No. I'm done calling you. I'm disputing the payment with my bank, and I'm never shopping with you "
                "again.",
                overlap=0.7,
            ),
            A("I'm sorry to hear that.", "apology"),
            C("No, you're not. Goodbye."),
        ],
    },
    # ---------------------------------------------------------------- Mon 9 Nov
    {
        "call_id": "CALL-0015",
        "agent_id": "A-101",
        "customer_id": "C-1002",
        "queue": "Billing",
        "started_at": "2026-11-09T10:00:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51388",
        "format": "mp3",
        "summary": "Good repeat contact: unwanted warranty refunded on first contact; 'I can do that for you right "
        "now', 'no need to call back, it's done'.",
        "lines": [
            A("Good morning, billing, Daniel speaking."),
            C(
                "Morning. I called last week about my speaker, and Marcus sorted that out, but now I've noticed "
                "you've charged me for an extended warranty I never asked for.",
                "repeat_contact",
            ),
            A("Let me sort this out for you. Can I have your name and the email on the account?", "ownership"),
            C("George Miller, george dot miller at example dot com.", pii=["email"]),
            A(
                "Thanks, George. Yes, I can see the warranty was added at checkout. It's a box that's ticked by "
                "default. I'm sorry about that, it shouldn't be.",
                "apology",
            ),
            C("Can you take it off?"),
            A(
                "I can do that for you right now. I've cancelled the warranty and refunded the twenty nine pounds "
                "ninety nine to your card.",
                "ownership",
            ),
            C("That's great. Will I need to call back to check it's gone through?"),
            A("No need to call back, it's done. You'll get an email confirming it in the next few minutes."),
            C("Brilliant, thank you so much, Daniel."),
            A("You're welcome. Have a great week."),
        ],
    },
    # ---------------------------------------------------------------- Tue 10 Nov
    {
        "call_id": "CALL-0016",
        "agent_id": "A-301",
        "customer_id": "C-1003",
        "queue": "Deliveries",
        "started_at": "2026-11-10T11:45:00",
        "direction": "outbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "",
        "format": "wav",
        "summary": "OUTBOUND courtesy call: Tom confirms a delivery slot; short, friendly.",
        "lines": [
            A("Hello, is that Fatima Khan? It's Tom from Northwind Home deliveries."),
            C("Yes, speaking."),
            A(
                "I'm just ringing to confirm your sofa delivery. The driver is booked for Thursday, between eight "
                "and twelve."
            ),
            C("Oh, thank you for calling. I wasn't sure anyone would."),
            A(
                "Not a problem at all. The driver will ring you about half an hour before, and they'll take all "
                "the packaging away too."
            ),
            C("Perfect. And the refund for the double charge came through, by the way."),
            A(
                "Great to hear. Just so you know, the sofa comes in two boxes, so it might be worth clearing a bit "
                "of space in the hallway."
            ),
            C("Good idea. Will they carry it upstairs? The lounge is on the first floor."),
            A("Yes, two people will come and carry it to whichever room you like. Anything else I can help with?"),
            C("No, that's lovely. Thank you so much."),
            A("You're welcome. Enjoy the new sofa."),
        ],
    },
    # ---------------------------------------------------------------- Wed 11 Nov
    {
        "call_id": "CALL-0017",
        "agent_id": "A-201",
        "customer_id": "C-1008",
        "queue": "Tech Support",
        "started_at": "2026-11-11T13:15:00",
        "direction": "inbound",
        "agent_channel": "right",
        "parent_call_id": "",
        "crm_ticket": "TCK-51477",
        "format": "ogg",
        "summary": "Agent on the RIGHT channel. Card payment: test card 5555 5555 5555 4444, expiry, CVV, phone, email "
        "read aloud; good call.",
        "lines": [
            A("Technical support, Marcus speaking. How can I help?"),
            C(
                "Hi Marcus. I'd like to book the home setup service for a TV I bought, and pay for it over the "
                "phone if I can."
            ),
            A(
                "Absolutely, I can do that for you right now. It's forty nine pounds. Can I take a contact number "
                "first?",
                "ownership",
            ),
            C("Sure, it's oh seven seven oh oh, nine oh oh, nine eight seven.", pii=["phone"]),
            A("Thanks. And when you're ready, the card number, please."),
            C(
                "Five five five five, five five five five, five five five five, four four four four.",
                pii=["card_number"],
            ),
            A("And the expiry?"),
            C("Twelve, twenty eight.", pii=["expiry"]),
            A("And the security code on the back?"),
            C("Four five six.", pii=["cvv"]),
            A(
                "Lovely, the payment's gone through. The engineer will come on Saturday morning. Shall I send the "
                "confirmation to the email we have on file?"
            ),
            C("Actually, use derek dot thompson at example dot com, please.", pii=["email"]),
            A("Done. You'll have it in a couple of minutes."),
            C("Cheers. And sorry about last week, I was a bit short with your colleague in deliveries."),
            A("Don't worry about it at all. Enjoy the new TV."),
        ],
    },
    # ---------------------------------------------------------------- Thu 12 Nov
    {
        "call_id": "CALL-0018",
        "agent_id": "A-102",
        "customer_id": "C-1006",
        "queue": "Billing",
        "started_at": "2026-11-12T10:30:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51530",
        "format": "ogg",
        "summary": "Late fee: hollow 'I completely understand', policy, blames the bank, 'nothing I can do'; "
        "supervisor request handled by a WARM transfer to Daniel, who owns and fixes it.",
        "lines": [
            A("Billing, Sarah speaking, how can I help?"),
            C(
                "Hello. I've been charged a twelve pound late fee, but I paid on the due date. I called about "
                "exactly the same thing last month.",
                "repeat_contact",
            ),
            A(
                "I completely understand. As per our policy, payments have to clear by the due date, not just be sent.",
                "feeling_dismissal",
                "policy_recital",
            ),
            C("The bank sent it on the day. That's not my fault."),
            A(
                "Processing times are really down to your bank, not us. There's nothing I can do about the fee.",
                "blame_shift",
                "cant_language",
            ),
            C("Then can I speak to your supervisor, please?", "escalation_request"),
            A("Let me see if my team leader is free. I'll put you on hold.", "hold", "transfer"),
            HOLD(
                7.0,
                A(
                    "Hi Daniel, I've got Mr Hassan on the line. He was charged a late fee but paid on the due "
                    "date, and he's called about it before. He's asked for a supervisor.",
                    "transfer",
                ),
                A("No problem, I'll take it from here.", persona="A-101"),
            ),
            A(
                "Hello Mr Hassan, this is Daniel, I'm the senior adviser in billing. Sarah's explained everything, "
                "so you don't need to go over it again.",
                persona="A-101",
            ),
            C("Thank you. That makes a change."),
            A(
                "I've looked at your account, and you did pay on time. I'm removing the fee now, and I'll take "
                "care of adding a note so it doesn't happen next month.",
                "ownership",
                persona="A-101",
            ),
            C("Excellent. Thank you, Daniel."),
            A("You're welcome. Sorry for the hassle.", "apology", persona="A-101"),
        ],
    },
    # ---------------------------------------------------------------- Fri 13 Nov
    {
        "call_id": "CALL-0019",
        "agent_id": "A-301",
        "customer_id": "C-1004",
        "queue": "Deliveries",
        "started_at": "2026-11-13T11:20:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51602",
        "format": "ogg",
        "summary": "Missed collection: courier blamed, policy recital, told to call the courier and rebook online, "
        "promise to ring back this afternoon.",
        "lines": [
            A("Northwind deliveries, Tom speaking."),
            C("Hi. I booked a courier to collect a faulty laptop yesterday, and they never came. I stayed in all day."),
            A("Okay. Let me check the booking. Right, the collection was attempted, apparently."),
            C("Attempted? Nobody knocked, nobody rang."),
            A("Well, that's down to the courier, they're a third party. It's not something we control.", "blame_shift"),
            C("But I booked it through you."),
            A(
                "Our policy is that missed collections have to be rebooked by the customer, online, within seven days.",
                "policy_recital",
            ),
            C("So I have to do it all again?"),
            A(
                "Yes. Or you can call the courier directly, their number is on the confirmation email.",
                "channel_redirect",
            ),
            C("I'd rather you sorted it out, to be honest."),
            A(
                "I'll chase the courier myself, and I'll ring you back this afternoon to let you know.",
                "follow_up_promise",
            ),
            C("Okay. Thank you."),
        ],
    },
    {
        "call_id": "CALL-0020",
        "agent_id": "A-202",
        "customer_id": "C-1007",
        "queue": "Tech Support",
        "started_at": "2026-11-13T15:50:00",
        "direction": "inbound",
        "agent_channel": "left",
        "parent_call_id": "",
        "crm_ticket": "TCK-51641",
        "format": "m4a",
        "summary": "Good call: doorbell offline; ownership, hold with music while checking, fixed on the call, happy "
        "customer.",
        "lines": [
            A("Technical support, Aisha speaking. How can I help?"),
            C("Hi Aisha. My video doorbell has been offline since this morning, and I've got a parcel coming."),
            A(
                "Oh, that's annoying, let's get it back online for you. I'll take care of it. Can I have your "
                "name, please?",
                "ownership",
            ),
            C("Rosa Martinez."),
            A(
                "Thanks, Rosa. I'm just going to check the server for your doorbell. I'll put you on a short hold, "
                "is that okay?",
                "hold",
            ),
            C("Yes, that's fine."),
            HOLD(18.0),
            A(
                "Thanks for holding. The doorbell missed an update overnight. I've sent it again now, so it should "
                "restart by itself in about a minute."
            ),
            C("Oh, the light's flashing. And now the app says it's online!"),
            A(
                "Perfect. That's not a problem at all. If it ever happens again, you can just hold the button for "
                "five seconds and it will do the same thing."
            ),
            C("Brilliant, thank you so much. That was really easy."),
            A("You're welcome, Rosa. Enjoy the rest of your day."),
        ],
    },
]


# --------------------------------------------------------------------------- audio helpers
def _run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def _sox_to_f32(inputs, effects) -> np.ndarray:
    """Run sox on ``inputs`` (a file, or ``-n``) with ``effects``; mono 8 kHz float32 out."""
    cmd = [
        "sox",
        "-R",
        *inputs,
        "-t",
        "raw",
        "-e",
        "floating-point",
        "-b",
        "32",
        "-r",
        str(SR),
        "-c",
        "1",
        "-",
        *effects,
    ]
    out = _run(cmd).stdout
    return np.frombuffer(out, dtype="<f4").astype(np.float32)


def _trim_bounds(x: np.ndarray, rel: float = 0.01) -> tuple[int, int]:
    """First and one-past-last sample whose |amplitude| exceeds ``rel`` of the peak."""
    a = np.abs(x)
    idx = np.flatnonzero(a > rel * a.max())
    return int(idx[0]), int(idx[-1]) + 1


@cache
def speak(text: str, persona: str) -> np.ndarray:
    """Synthesize ``text`` with the persona's espeak-ng voice; 8 kHz float32, trimmed."""
    p = PERSONAS[persona]
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "tts.wav"
        _run(
            [
                "espeak-ng",
                "-v",
                p["voice"],
                "-s",
                str(p["speed"]),
                "-p",
                str(p["pitch"]),
                "-g",
                str(p.get("word_gap", WORD_GAP)),
                "-w",
                str(wav),
                text,
            ]
        )
        # resample to the telephony rate and band-limit like a phone line
        x = _sox_to_f32([str(wav)], [*TTS_EFFECTS, "rate", "-v", str(SR)])
    lo, hi = _trim_bounds(x)
    x = x[lo:hi].copy()
    # level: normalise the RMS of the voiced part, with a per-person offset
    active = np.abs(x) > 0.05 * np.abs(x).max()
    rms = float(np.sqrt(np.mean(x[active] ** 2)))
    x *= (0.10 * 10 ** (p["gain_db"] / 20)) / rms
    peak = float(np.abs(x).max())
    if peak > 0.9:
        x *= 0.9 / peak
    x.setflags(write=False)
    return x


@lru_cache(maxsize=1)
def _noise_bed() -> np.ndarray:
    """Two minutes of pink noise made by sox (unit-ish RMS), sliced per channel/call."""
    x = _sox_to_f32(["-n"], ["synth", "120", "pinknoise"])
    return x / float(np.sqrt(np.mean(x**2)))


def _noise(n: int, rng: np.random.Generator, rms: float) -> np.ndarray:
    bed = _noise_bed()
    start = int(rng.integers(0, len(bed)))
    reps = (start + n) // len(bed) + 1
    return np.tile(bed, reps)[start : start + n] * rms


# hold music: a simple plucked melody (sox synth tones) over a soft bass note per bar
_MELODY = [  # (semitones relative to A4, beats)
    (3, 1),
    (7, 1),
    (10, 1),
    (7, 1),
    (8, 1),
    (12, 1),
    (10, 2),
    (5, 1),
    (8, 1),
    (7, 1),
    (3, 1),
    (5, 1),
    (2, 1),
    (3, 2),
    (10, 1),
    (8, 1),
    (7, 1),
    (5, 1),
    (3, 1),
    (7, 1),
    (5, 2),
    (3, 1),
    (5, 1),
    (7, 1),
    (8, 1),
    (7, 1),
    (5, 1),
    (3, 2),
]
_BASS = [-9, -4, -11, -9]  # one per bar of 8 beats
_BEAT = 0.32


@lru_cache(maxsize=1)
def _hold_music() -> np.ndarray:
    notes = []
    for semis, beats in _MELODY:
        hz = 440.0 * 2 ** (semis / 12)
        dur = beats * _BEAT
        notes.append(
            _sox_to_f32(["-n"], ["synth", f"{dur:.3f}", "pluck", f"{hz:.2f}", "fade", "0.005", f"{dur:.3f}", "0.05"])
        )
    melody = np.concatenate(notes)
    bar = int(8 * _BEAT * SR)
    bass = np.concatenate(
        [
            _sox_to_f32(
                ["-n"],
                [
                    "synth",
                    f"{8 * _BEAT:.3f}",
                    "sine",
                    f"{440.0 * 2 ** (b / 12):.2f}",
                    "fade",
                    "0.05",
                    f"{8 * _BEAT:.3f}",
                    "0.3",
                ],
            )[:bar]
            for b in _BASS
        ]
    )
    n = min(len(melody), len(bass))
    music = melody[:n] / np.abs(melody).max() + 0.35 * bass[:n] / np.abs(bass).max()
    return (music / np.abs(music).max() * 0.06).astype(np.float32)  # low volume


def _music(n: int) -> np.ndarray:
    loop = _hold_music()
    x = np.tile(loop, n // len(loop) + 1)[:n].copy()
    f = min(int(0.05 * SR), n // 2)
    if f:
        x[:f] *= np.linspace(0, 1, f)
        x[-f:] *= np.linspace(1, 0, f)
    return x


# --------------------------------------------------------------------------- encoding
def _write_wav16(path: Path, mix: np.ndarray) -> None:
    pcm = (np.clip(mix.T, -1, 1) * 32767).round().astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(pcm.tobytes())


def _encode_m4a(path: Path, mix: np.ndarray) -> None:
    import av

    with av.open(str(path), "w", format="ipod") as out:
        stream = out.add_stream("aac", rate=SR, layout="stereo")
        stream.bit_rate = 24000
        for i in range(0, mix.shape[1], 1024):
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(mix[:, i : i + 1024], dtype=np.float32), format="fltp", layout="stereo"
            )
            frame.sample_rate = SR
            frame.pts = i
            for pkt in stream.encode(frame):
                out.mux(pkt)
        for pkt in stream.encode(None):
            out.mux(pkt)


def _encode(mix: np.ndarray, out_path: Path) -> None:
    fmt = out_path.suffix.lower().lstrip(".")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "m4a":
        _encode_m4a(out_path, mix)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "mix.wav"
        _write_wav16(src, mix)
        opts = {
            "ogg": ["-C", OGG_QUALITY],  # Vorbis, low quality (telephony is narrowband)
            "mp3": ["-C", "32"],  # 32 kbit/s CBR
            "flac": ["-C", "8"],
            "wav": ["-e", "u-law"],  # 8-bit G.711 u-law, like a PBX export
        }[fmt]
        _run(["sox", "-R", str(src), *opts, str(out_path)])


def _decode(path: Path) -> np.ndarray:
    """Decode a rendered file back to (2, n) float32 at 8 kHz with PyAV."""
    import av

    chunks = []
    with av.open(str(path)) as f:
        res = av.AudioResampler(format="fltp", layout="stereo", rate=SR)
        for frame in f.decode(audio=0):
            for fr in res.resample(frame):
                chunks.append(fr.to_ndarray())
        for fr in res.resample(None):
            chunks.append(fr.to_ndarray())
    return np.concatenate(chunks, axis=1)


def _lag(ref: np.ndarray, dec: np.ndarray, max_lag: int = 4000) -> int:
    """Samples by which ``dec`` is delayed relative to ``ref`` (cross-correlation)."""
    max_lag = min(max_lag, len(ref) // 4, len(dec) // 4)
    n = min(len(ref), len(dec), 30 * SR) - max_lag
    if max_lag <= 0 or n <= 0:
        return 0
    r = ref[:n]
    best, best_k = -np.inf, 0
    for k in range(0, max_lag):
        c = float(np.dot(r, dec[k : k + n]))
        if c > best:
            best, best_k = c, k
    return best_k


def _encode_aligned(mix: np.ndarray, out_path: Path, agent_ch: int) -> int:
    """Encode, then make sure the decoded audio is not delayed (compensate if it is)."""
    _encode(mix, out_path)
    lag = _lag(mix[agent_ch], _decode(out_path)[agent_ch])
    if lag > 2:  # e.g. MP3 encoder delay: drop it from the (silent) start and re-encode
        _encode(np.ascontiguousarray(mix[:, lag:]), out_path)
        lag2 = _lag(mix[agent_ch], _decode(out_path)[agent_ch])
        if lag2 > 2:
            raise RuntimeError(f"{out_path}: decoded audio still delayed by {lag2} samples")
    return lag


# --------------------------------------------------------------------------- rendering
def _persona(line: dict, script: dict) -> str:
    if line.get("persona"):
        return line["persona"]
    return script["agent_id"] if line["speaker"] == "agent" else script["customer_id"]


def validate_script(script: dict) -> None:
    for key in ("call_id", "agent_id", "customer_id", "lines"):
        if key not in script:
            raise ValueError(f"script missing {key!r}")
    if script.get("agent_channel", "left") not in ("left", "right"):
        raise ValueError("agent_channel must be 'left' or 'right'")
    items = []
    for item in script["lines"]:
        items.extend(item.get("during", []) if "hold" in item else [])
        items.append(item)
    for item in items:
        if "hold" in item or "dead_air" in item:
            continue
        if item.get("speaker") not in ("agent", "customer"):
            raise ValueError(f"{script['call_id']}: bad speaker in {item!r}")
        if _persona(item, script) not in PERSONAS:
            raise ValueError(f"{script['call_id']}: unknown persona in {item!r}")
        for kind in item.get("moments", []):
            if kind not in MOMENT_KINDS:
                raise ValueError(f"{script['call_id']}: unknown moment kind {kind!r}")
        for kind in item.get("pii", []):
            if kind not in PII_KINDS:
                raise ValueError(f"{script['call_id']}: unknown pii kind {kind!r}")


def render_call(script: dict, out_path: Path, *, seed: int = 0) -> dict:
    """Render ``script`` to ``out_path`` (format from the suffix) and return its truth."""
    validate_script(script)
    out_path = Path(out_path)
    call_id = script["call_id"]
    rng = np.random.default_rng([seed, zlib.crc32(call_id.encode())])
    agent_ch = 0 if script.get("agent_channel", "left") == "left" else 1
    cust_ch = 1 - agent_ch

    speech: list[tuple[int, int, np.ndarray]] = []  # (channel, start sample, samples)
    music: list[tuple[int, int]] = []  # (start, end) on the customer channel
    utterances, moments, events, pii = [], [], [], []
    state = {"cursor": int(rng.uniform(0.6, 1.3) * SR), "prev_end": 0, "next_gap": None}

    def place(line: dict) -> None:
        persona = _persona(line, script)
        x = speak(line["text"], persona)
        if "overlap" in line:  # starts before the previous utterance has finished
            start = max(0, state["prev_end"] - int(line["overlap"] * SR))
        else:
            gap = state["next_gap"] if state["next_gap"] is not None else line.get("gap")
            if gap is None:
                gap = rng.uniform(0.3, 1.2)
            start = state["cursor"] + round(gap * SR)
        state["next_gap"] = None
        end = start + len(x)
        ch = agent_ch if line["speaker"] == "agent" else cust_ch
        speech.append((ch, start, x))
        state["cursor"] = max(state["cursor"], end)
        state["prev_end"] = end
        s, e = round(start / SR, 3), round(end / SR, 3)
        utterances.append({"speaker": line["speaker"], "persona": persona, "start": s, "end": e, "text": line["text"]})
        for kind in line.get("moments", []):
            moments.append({"kind": kind, "speaker": line["speaker"], "start": s, "end": e, "text": line["text"]})
        for kind in line.get("pii", []):
            pii.append({"kind": kind, "speaker": line["speaker"], "start": s, "end": e, "text": line["text"]})

    lines = script["lines"]
    for _i, item in enumerate(lines):
        if "dead_air" in item:
            start = state["cursor"]
            state["cursor"] += round(item["dead_air"] * SR)
            state["next_gap"] = 0.0
            events.append(
                {
                    "kind": "dead_air",
                    "start": round(start / SR, 3),
                    "end": round(state["cursor"] / SR, 3),
                    "channel": "both",
                }
            )
        elif "hold" in item:
            start = state["cursor"] + int(rng.uniform(0.4, 0.8) * SR)
            state["cursor"] = start + round(item["hold"] * SR)
            for line in item.get("during", []):
                place(line)
            end = state["cursor"] + (int(0.6 * SR) if item.get("during") else 0)
            state["cursor"] = end
            if item.get("music", True):
                music.append((start, end))
            events.append(
                {
                    "kind": "hold",
                    "start": round(start / SR, 3),
                    "end": round(end / SR, 3),
                    "music": bool(item.get("music", True)),
                    "channel": "customer" if item.get("music", True) else "none",
                }
            )
        else:
            place(item)
    last_is_hold = bool(lines) and "hold" in lines[-1]
    total = state["cursor"] + (0 if last_is_hold else int(rng.uniform(0.5, 1.2) * SR))

    mix = np.zeros((2, total), dtype=np.float32)
    mix[agent_ch] += _noise(total, rng, 0.0012)  # quiet headset line
    mix[cust_ch] += _noise(total, rng, 0.0025)  # the customer's leg is a bit noisier
    for start, end in music:
        mix[cust_ch, start:end] += _music(end - start)
    for ch, start, x in speech:
        mix[ch, start : start + len(x)] += x
    np.clip(mix, -0.99, 0.99, out=mix)

    lag = _encode_aligned(mix, out_path, agent_ch)
    truth = {
        "call_id": call_id,
        "file": out_path.name,
        "duration_s": round(total / SR, 3),
        "sample_rate": SR,
        "agent_channel": script.get("agent_channel", "left"),
        "agent_id": script["agent_id"],
        "customer_id": script["customer_id"],
        "utterances": utterances,
        "moments": moments,
        "events": events,
        "pii": pii,
        "encoder_delay_compensated_samples": lag if lag > 2 else 0,
    }
    return truth


# --------------------------------------------------------------------------- CLI
def _rel(path: Path, base: Path) -> str:
    return path.resolve().relative_to(base.resolve()).as_posix()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: this folder)")
    ap.add_argument("--only", nargs="*", help="render just these call ids (csv still written in full)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    (out / "truth").mkdir(parents=True, exist_ok=True)

    rows = []
    total_s = 0.0
    for script in SCRIPTS:
        audio = out / f"{script['call_id']}.{script['format']}"
        if not args.only or script["call_id"] in args.only:
            for stale in out.glob(f"{script['call_id']}.*"):
                if stale != audio and stale.suffix in (".ogg", ".mp3", ".flac", ".wav", ".m4a"):
                    stale.unlink()
            truth = render_call(script, audio, seed=args.seed)
            truth["file"] = _rel(audio, out)
            (out / "truth" / f"{script['call_id']}.json").write_text(json.dumps(truth, indent=1) + "\n")
            total_s += truth["duration_s"]
            print(
                f"{script['call_id']}  {truth['duration_s']:6.1f} s  {audio.stat().st_size / 1024:6.1f} KiB"
                f"  {len(truth['utterances'])} utterances, {len(truth['moments'])} moments",
                flush=True,
            )
        agent = AGENTS[script["agent_id"]]
        rows.append(
            {
                "call_id": script["call_id"],
                "file": _rel(audio, out),
                "agent_id": script["agent_id"],
                "agent_name": agent["name"],
                "team": agent["team"],
                "customer_id": script["customer_id"],
                "started_at": script["started_at"],
                "queue": script["queue"],
                "direction": script["direction"],
                "agent_channel": script.get("agent_channel", "left"),
                "parent_call_id": script.get("parent_call_id", ""),
                "crm_ticket": script.get("crm_ticket", ""),
            }
        )
    with open(out / "calls.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=CSV_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"rendered {total_s / 60:.1f} min of audio; wrote {out / 'calls.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
