#!/usr/bin/env python3
"""Deterministic corpus of realistic HVAC call transcripts for the benchmarks.

Writes OUT/corpus_300.json, corpus_3k.json, corpus_30k.json: each a JSON list of
{"text": plain transcript ("Agent: ...\\nCaller: ..." lines), "problem": problem
description, "state", "urgency_tier", "caller_known"}. Sizes are about 300 B, 3 KB
and 30 KB of text. Same seed, same bytes.

Usage: gen_corpus.py OUT_DIR [--seed S]
"""
import argparse
import json
import os
import random

AGENT = [
    "Thanks for calling ACE Cooling and Heating, this is Sam, how can I help you today?",
    "Can I get the address where the unit is located?",
    "Is the system blowing warm air or not running at all?",
    "Got it. Are you smelling gas or hearing any hissing near the furnace?",
    "Okay, I can get a technician out there tomorrow morning between eight and ten.",
    "Do you know roughly how old the system is?",
    "We do offer a maintenance plan with two tune-ups a year.",
    "Let me check the schedule for you, one moment please.",
    "Can you check the breaker panel and the thermostat batteries for me?",
    "I'll put a note on the ticket so the tech knows about the noise.",
    "Would you like a quote for a new system while we're out there?",
    "Alright, you're all set, you'll get a text confirmation shortly.",
    "Is this for a home or a business?",
    "Has anyone been out to look at it before?",
]
CALLER = [
    "Hi, yeah, my AC stopped cooling last night and it's really hot upstairs.",
    "The furnace keeps clicking but there's no heat coming out of the vents.",
    "It's making a loud grinding noise when it kicks on, kind of a squeal.",
    "I think the unit is about fifteen years old, it still uses freon I believe.",
    "We just moved in and the thermostat doesn't seem to control anything.",
    "There's water leaking from the air handler in the attic, it's dripping on the ceiling.",
    "My heat pump is frozen over, there's ice all over the outside unit.",
    "Actually, could you come back Thursday instead? I'll be at work.",
    "The place smells kind of musty when the air comes on.",
    "I had someone out last week and they didn't fix it, it's the same problem.",
    "It's 1234 Oak Street, the back gate code is 4321.",
    "Yeah, we've got a dog, she's friendly but she barks a lot.",
    "Can you give me an estimate on the price before you do any work?",
    "The breaker keeps tripping every time the compressor starts.",
    "I'm a property manager, this is for one of our rentals.",
    "No, I don't smell anything, it just isn't blowing cold air.",
    "Honestly we might want to replace the whole system if it's going to cost a lot.",
    "The ductwork in the basement is rattling and there's dust everywhere.",
    "My elderly mother lives there and it's freezing in the house.",
    "Okay, thank you so much, see you tomorrow.",
]
PROBLEMS = [
    "AC not cooling, warm air from vents",
    "furnace no heat, clicking noise",
    "water leak from air handler",
    "heat pump frozen, ice on outdoor unit",
    "thermostat not responding",
    "loud grinding noise at startup",
    "wants quote for new system replacement",
    "breaker tripping when compressor starts",
    "annual maintenance tune-up",
    "R-22 system, refrigerant leak suspected",
]
SIZES = {"300": 300, "3k": 3000, "30k": 30000}
COUNTS = {"300": 400, "3k": 100, "30k": 12}


def transcript(rng, target):
    lines = []
    size = 0
    agent = True
    while size < target:
        line = ("Agent: " + rng.choice(AGENT)) if agent else ("Caller: " + rng.choice(CALLER))
        agent = not agent
        lines.append(line)
        size += len(line) + 1
    text = "\n".join(lines)
    return text[:target] if target <= 400 else text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    for name, target in SIZES.items():
        rows = []
        for _ in range(COUNTS[name]):
            rows.append({
                "text": transcript(rng, target),
                "problem": rng.choice(PROBLEMS),
                "state": rng.choice(["done", "done", "callback", "safety_exit", "booking"]),
                "urgency_tier": rng.choice(["routine", "urgent", "emergency"]),
                "caller_known": rng.random() < 0.4,
            })
        with open(os.path.join(a.out, f"corpus_{name}.json"), "w") as f:
            json.dump(rows, f)


if __name__ == "__main__":
    main()
