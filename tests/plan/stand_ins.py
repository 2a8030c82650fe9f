"""The agent modules the plan's classification.py imports but does not show.

CallSession and State carry the fields the plan uses with the plan's defaults;
detect_high_ticket is the rule the foundation issue states: true when the
lowercased text contains any of the listed phrases as a substring.
"""
from dataclasses import dataclass, field
from enum import Enum


class State(Enum):
    WELCOME = "welcome"
    LOOKUP = "lookup"
    SAFETY = "safety"
    SAFETY_EXIT = "safety_exit"
    SERVICE_AREA = "service_area"
    DISCOVERY = "discovery"
    CONFIRM = "confirm"
    BOOKING = "booking"
    DONE = "done"
    CALLBACK = "callback"


@dataclass
class CallSession:
    phone_number: str
    state: State = State.WELCOME
    caller_known: bool = False
    customer_name: str = ""
    zip_code: str = ""
    service_address: str = ""
    has_appointment: bool = False
    callback_promise: str = ""
    problem_description: str = ""
    preferred_time: str = ""
    urgency_tier: str = "routine"
    lead_type: str = ""
    caller_confirmed: bool = False
    booking_confirmed: bool = False
    booked_time: str = ""
    callback_created: bool = False
    call_sid: str = ""
    start_time: float = 0.0
    transcript_log: list = field(default_factory=list)
    turn_count: int = 0
    state_turn_count: int = 0
    conversation_history: list = field(default_factory=list)


HIGH_TICKET = ["new system", "new unit", "new ac", "replacement", "replace", "quote",
               "estimate", "install", "installation", "upgrade"]


def detect_high_ticket(text: str) -> bool:
    lower = text.lower()
    return any(kw in lower for kw in HIGH_TICKET)
