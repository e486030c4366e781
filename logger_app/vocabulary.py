"""The domain's vocabulary: every fixed value list of the logbook, with its display label.

Values are stored in the database as the enum's string value, so they must never be
renamed; labels may change freely.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

# Needle depth limits accepted anywhere in the logbook (mm). RF devices reach ~3.0 mm.
MIN_DEPTH_MM = 0.1
MAX_DEPTH_MM = 3.0
DEPTH_STEP_MM = 0.05
MAX_PASSES = 30
MAX_NUMBING_MINUTES = 180
# A series is typically 4–6 weeks apart: the default "next visit due".
DEFAULT_NEXT_VISIT_WEEKS = 4


class LabelledEnum(StrEnum):
    """A string enum whose members carry a human label: ``Member = ("value", "Label")``."""

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    label: str

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(member.value for member in cls)


class Fitzpatrick(IntEnum):
    I = 1  # noqa: E741 - the clinical name of the type
    II = 2
    III = 3
    IV = 4
    V = 5
    VI = 6

    @property
    def label(self) -> str:
        return f"Type {self.name}"


class SkinType(LabelledEnum):
    NORMAL = ("normal", "Normal")
    DRY = ("dry", "Dry")
    OILY = ("oily", "Oily")
    COMBINATION = ("combination", "Combination")
    SENSITIVE = ("sensitive", "Sensitive")


class Concern(LabelledEnum):
    ACNE_SCARS = ("acne_scars", "Acne scars")
    SURGICAL_SCARS = ("surgical_scars", "Surgical scars")
    FINE_LINES = ("fine_lines", "Fine lines")
    WRINKLES = ("wrinkles", "Wrinkles")
    HYPERPIGMENTATION = ("hyperpigmentation", "Hyperpigmentation")
    SUN_DAMAGE = ("sun_damage", "Sun damage")
    ENLARGED_PORES = ("enlarged_pores", "Enlarged pores")
    STRETCH_MARKS = ("stretch_marks", "Stretch marks")
    TEXTURE = ("texture", "Texture")
    LAXITY = ("laxity", "Laxity")


class Area(LabelledEnum):
    FOREHEAD = ("forehead", "Forehead")
    GLABELLA = ("glabella", "Glabella")
    PERIORBITAL = ("periorbital", "Periorbital")
    NOSE = ("nose", "Nose")
    LEFT_CHEEK = ("left_cheek", "Left cheek")
    RIGHT_CHEEK = ("right_cheek", "Right cheek")
    UPPER_LIP = ("upper_lip", "Upper lip")
    PERIORAL = ("perioral", "Perioral")
    CHIN = ("chin", "Chin")
    JAWLINE = ("jawline", "Jawline")
    NECK = ("neck", "Neck")
    DECOLLETAGE = ("decolletage", "Décolletage")
    SCALP = ("scalp", "Scalp")
    HANDS = ("hands", "Back of hands")
    ARMS = ("arms", "Arms")
    ABDOMEN = ("abdomen", "Abdomen")
    THIGHS = ("thighs", "Thighs")
    BACK = ("back", "Back")
    SCAR_SITE = ("scar_site", "Scar site")


# The usual depth range per area (mm), from treatment guides: thin skin 0.25–0.5,
# cheeks 0.5–1.5, scars 1.5–2.0. Used for sensible defaults in the session form.
USUAL_DEPTH_MM: dict[Area, tuple[float, float]] = {
    Area.FOREHEAD: (0.25, 0.5),
    Area.GLABELLA: (0.25, 0.5),
    Area.PERIORBITAL: (0.25, 0.5),
    Area.NOSE: (0.25, 0.5),
    Area.LEFT_CHEEK: (0.5, 1.5),
    Area.RIGHT_CHEEK: (0.5, 1.5),
    Area.UPPER_LIP: (0.5, 1.0),
    Area.PERIORAL: (0.5, 1.0),
    Area.CHIN: (0.5, 1.5),
    Area.JAWLINE: (0.5, 1.5),
    Area.NECK: (0.25, 1.0),
    Area.DECOLLETAGE: (0.25, 1.0),
    Area.SCALP: (0.5, 1.5),
    Area.HANDS: (0.25, 0.5),
    Area.ARMS: (0.5, 1.5),
    Area.ABDOMEN: (1.0, 2.0),
    Area.THIGHS: (1.0, 2.0),
    Area.BACK: (1.0, 2.0),
    Area.SCAR_SITE: (1.5, 2.0),
}


def suggested_depth_mm(area: Area) -> float:
    """The low end of the area's usual range: the conservative starting depth."""
    return USUAL_DEPTH_MM[area][0]


class Device(LabelledEnum):
    PEN = ("pen", "Pen")
    ROLLER = ("roller", "Roller")
    STAMP = ("stamp", "Stamp")
    RF = ("rf", "RF microneedling")


# Offered in the cartridge field; free text is allowed too.
CARTRIDGE_SUGGESTIONS: tuple[str, ...] = (
    "12-pin",
    "16-pin",
    "24-pin",
    "36-pin",
    "42-pin",
    "Nano",
    "Roller 192-needle",
    "RF 25-pin insulated",
    "RF 49-pin",
)

NUMBING_SUGGESTIONS: tuple[str, ...] = (
    "Lidocaine cream",
    "BLT (benzocaine/lidocaine/tetracaine)",
    "EMLA (lidocaine/prilocaine)",
    "Tetracaine gel",
)

GLIDE_SUGGESTIONS: tuple[str, ...] = (
    "Hyaluronic acid serum",
    "PRP",
    "Growth factor serum",
    "Peptide serum",
    "Exosome serum",
)


class ProductRole(LabelledEnum):
    GLIDE = ("glide", "Glide / serum")
    NUMBING = ("numbing", "Numbing")
    OTHER = ("other", "Other product")


class Endpoint(LabelledEnum):
    MILD_ERYTHEMA = ("mild_erythema", "Mild erythema")
    MODERATE_ERYTHEMA = ("moderate_erythema", "Moderate erythema")
    MARKED_ERYTHEMA = ("marked_erythema", "Marked erythema")
    PINPOINT_BLEEDING = ("pinpoint_bleeding", "Scattered pinpoint bleeding")
    UNIFORM_PINPOINT_BLEEDING = ("uniform_pinpoint_bleeding", "Uniform pinpoint bleeding")


class Reaction(LabelledEnum):
    ERYTHEMA = ("erythema", "Erythema")
    SWELLING = ("swelling", "Swelling")
    PINPOINT_BLEEDING = ("pinpoint_bleeding", "Pinpoint bleeding")
    TINGLING = ("tingling", "Tingling")
    TENDERNESS = ("tenderness", "Tenderness")
    DRYNESS_PEELING = ("dryness_peeling", "Dryness / peeling")
    BRUISING = ("bruising", "Bruising")
    ACNE_FLARE = ("acne_flare", "Acne flare")
    PIH = ("pih", "Post-inflammatory hyperpigmentation")
    INFECTION = ("infection", "Infection")
    HERPES = ("herpes", "Herpes reactivation")
    GRANULOMA = ("granuloma", "Granuloma")
    TRAM_TRACK = ("tram_track", "Tram-track marks")
    CONTACT_DERMATITIS = ("contact_dermatitis", "Contact dermatitis")


# Reactions that are not the expected course of a treatment.
ADVERSE_REACTIONS = frozenset(
    {
        Reaction.BRUISING,
        Reaction.ACNE_FLARE,
        Reaction.PIH,
        Reaction.INFECTION,
        Reaction.HERPES,
        Reaction.GRANULOMA,
        Reaction.TRAM_TRACK,
        Reaction.CONTACT_DERMATITIS,
    }
)


class Severity(IntEnum):
    NONE = 0
    MILD = 1
    MODERATE = 2
    SEVERE = 3

    @property
    def label(self) -> str:
        return self.name.capitalize()


class ObservedWhen(LabelledEnum):
    DURING = ("during", "During treatment")
    IMMEDIATELY_AFTER = ("immediately_after", "Immediately after")
    FOLLOW_UP = ("follow_up", "At follow-up")


class Aftercare(LabelledEnum):
    SPF = ("spf", "SPF 30+ daily")
    NO_MAKEUP = ("no_makeup", "No makeup 12–24 h")
    NO_ACTIVES = ("no_actives", "No retinoids or acids for 5 days")
    NO_HEAT_EXERCISE = ("no_heat_exercise", "No heat or exercise 48 h")
    SOOTHING = ("soothing", "Soothing serum / moisturiser")
    CLEAN_PILLOWCASE = ("clean_pillowcase", "Clean pillowcase, hands off")
    WRITTEN_SHEET = ("written_sheet", "Written aftercare sheet given")


class PhotoKind(LabelledEnum):
    BEFORE = ("before", "Before")
    AFTER = ("after", "After")
    FOLLOW_UP = ("follow_up", "Follow-up")


class PhotoAngle(LabelledEnum):
    FRONT = ("front", "Front")
    LEFT_45 = ("left_45", "Left 45°")
    RIGHT_45 = ("right_45", "Right 45°")
    LEFT_PROFILE = ("left_profile", "Left profile")
    RIGHT_PROFILE = ("right_profile", "Right profile")
    CLOSE_UP = ("close_up", "Close-up")
    OTHER = ("other", "Other")


def sql_in_list(values: tuple[str, ...] | list[str]) -> str:
    """Values as an SQL list literal for CHECK constraints (values are our own constants)."""
    return "(" + ", ".join("'" + value.replace("'", "''") + "'" for value in values) + ")"


class OtherTreatmentKind(LabelledEnum):
    """Treatments other than microneedling a client has had (here or elsewhere): history
    that the wash-out rules read. ``OTHER`` takes its name from the free text beside."""

    CHEMICAL_PEEL = ("chemical_peel", "Chemical peel")
    LASER = ("laser", "Laser")
    IPL = ("ipl", "IPL")
    FACIAL = ("facial", "Facial")
    FILLER = ("filler", "Filler")
    NEUROTOXIN = ("neurotoxin", "Neurotoxin")
    OTHER = ("other", "Other")
