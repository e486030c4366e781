"""The domain's vocabulary: every fixed value list of the logbook, with its display label.

Values are stored in the database as the enum's string value, so they must never be
renamed; labels may change freely.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from logger_app.i18n import translatable, translate

# Needle depth limits accepted anywhere in the logbook (mm). RF devices reach ~3.0 mm.
MIN_DEPTH_MM = 0.1
MAX_DEPTH_MM = 3.0
DEPTH_STEP_MM = 0.05
MAX_PASSES = 30
MAX_NUMBING_MINUTES = 180
# A series is typically 4–6 weeks apart: the default "next visit due".
DEFAULT_NEXT_VISIT_WEEKS = 4


class LabelledEnum(StrEnum):
    """A string enum whose members carry a human label:
    ``Member = ("value", translatable("ClassName", "Label"))``. ``label`` is said in the
    installed language; ``english_label`` stays the same in any (exports, imported files)."""

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.english_label = label
        return member

    english_label: str

    @property
    def label(self) -> str:
        # The marks for lupdate are the translatable() calls of the members: their
        # context is the class name, as here.
        return translate(type(self).__name__, self.english_label)

    @property
    def label_in_text(self) -> str:
        """The label inside a sentence: lower case in English ("during treatment"),
        as translated otherwise (German keeps its nouns' capitals)."""
        return _in_text(self.label, self.english_label)

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(member.value for member in cls)


def _in_text(label: str, english: str) -> str:
    return english.lower() if label == english else label


class Fitzpatrick(IntEnum):
    I = 1  # noqa: E741 - the clinical name of the type
    II = 2
    III = 3
    IV = 4
    V = 5
    VI = 6

    @property
    def english_label(self) -> str:
        return f"Type {self.name}"

    @property
    def label(self) -> str:
        return translate("Fitzpatrick", "Type {name}").format(name=self.name)


class SkinType(LabelledEnum):
    NORMAL = ("normal", translatable("SkinType", "Normal"))
    DRY = ("dry", translatable("SkinType", "Dry"))
    OILY = ("oily", translatable("SkinType", "Oily"))
    COMBINATION = ("combination", translatable("SkinType", "Combination"))
    SENSITIVE = ("sensitive", translatable("SkinType", "Sensitive"))


class Concern(LabelledEnum):
    ACNE_SCARS = ("acne_scars", translatable("Concern", "Acne scars"))
    SURGICAL_SCARS = ("surgical_scars", translatable("Concern", "Surgical scars"))
    FINE_LINES = ("fine_lines", translatable("Concern", "Fine lines"))
    WRINKLES = ("wrinkles", translatable("Concern", "Wrinkles"))
    HYPERPIGMENTATION = ("hyperpigmentation", translatable("Concern", "Hyperpigmentation"))
    SUN_DAMAGE = ("sun_damage", translatable("Concern", "Sun damage"))
    ENLARGED_PORES = ("enlarged_pores", translatable("Concern", "Enlarged pores"))
    STRETCH_MARKS = ("stretch_marks", translatable("Concern", "Stretch marks"))
    TEXTURE = ("texture", translatable("Concern", "Texture"))
    LAXITY = ("laxity", translatable("Concern", "Laxity"))


class Area(LabelledEnum):
    FOREHEAD = ("forehead", translatable("Area", "Forehead"))
    GLABELLA = ("glabella", translatable("Area", "Glabella"))
    PERIORBITAL = ("periorbital", translatable("Area", "Periorbital"))
    NOSE = ("nose", translatable("Area", "Nose"))
    LEFT_CHEEK = ("left_cheek", translatable("Area", "Left cheek"))
    RIGHT_CHEEK = ("right_cheek", translatable("Area", "Right cheek"))
    UPPER_LIP = ("upper_lip", translatable("Area", "Upper lip"))
    PERIORAL = ("perioral", translatable("Area", "Perioral"))
    CHIN = ("chin", translatable("Area", "Chin"))
    JAWLINE = ("jawline", translatable("Area", "Jawline"))
    NECK = ("neck", translatable("Area", "Neck"))
    DECOLLETAGE = ("decolletage", translatable("Area", "Décolletage"))
    SCALP = ("scalp", translatable("Area", "Scalp"))
    HANDS = ("hands", translatable("Area", "Back of hands"))
    ARMS = ("arms", translatable("Area", "Arms"))
    ABDOMEN = ("abdomen", translatable("Area", "Abdomen"))
    THIGHS = ("thighs", translatable("Area", "Thighs"))
    BACK = ("back", translatable("Area", "Back"))
    SCAR_SITE = ("scar_site", translatable("Area", "Scar site"))


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
    PEN = ("pen", translatable("Device", "Pen"))
    ROLLER = ("roller", translatable("Device", "Roller"))
    STAMP = ("stamp", translatable("Device", "Stamp"))
    RF = ("rf", translatable("Device", "RF microneedling"))


# Offered in the cartridge field; free text is allowed too. Shown in the window's
# language (see ``suggestions``); what is chosen is stored as it reads.
CARTRIDGE_SUGGESTIONS: tuple[str, ...] = (
    translatable("Suggestions", "12-pin"),
    translatable("Suggestions", "16-pin"),
    translatable("Suggestions", "24-pin"),
    translatable("Suggestions", "36-pin"),
    translatable("Suggestions", "42-pin"),
    translatable("Suggestions", "Nano"),
    translatable("Suggestions", "Roller 192-needle"),
    translatable("Suggestions", "RF 25-pin insulated"),
    translatable("Suggestions", "RF 49-pin"),
)

NUMBING_SUGGESTIONS: tuple[str, ...] = (
    translatable("Suggestions", "Lidocaine cream"),
    translatable("Suggestions", "BLT (benzocaine/lidocaine/tetracaine)"),
    translatable("Suggestions", "EMLA (lidocaine/prilocaine)"),
    translatable("Suggestions", "Tetracaine gel"),
)

GLIDE_SUGGESTIONS: tuple[str, ...] = (
    translatable("Suggestions", "Hyaluronic acid serum"),
    translatable("Suggestions", "PRP"),
    translatable("Suggestions", "Growth factor serum"),
    translatable("Suggestions", "Peptide serum"),
    translatable("Suggestions", "Exosome serum"),
)


def suggestions(offered: tuple[str, ...]) -> tuple[str, ...]:
    """A suggestions list in the installed language."""
    return tuple(translate("Suggestions", text) for text in offered)


class ProductRole(LabelledEnum):
    GLIDE = ("glide", translatable("ProductRole", "Glide / serum"))
    NUMBING = ("numbing", translatable("ProductRole", "Numbing"))
    OTHER = ("other", translatable("ProductRole", "Other product"))


class Endpoint(LabelledEnum):
    MILD_ERYTHEMA = ("mild_erythema", translatable("Endpoint", "Mild erythema"))
    MODERATE_ERYTHEMA = ("moderate_erythema", translatable("Endpoint", "Moderate erythema"))
    MARKED_ERYTHEMA = ("marked_erythema", translatable("Endpoint", "Marked erythema"))
    PINPOINT_BLEEDING = (
        "pinpoint_bleeding",
        translatable("Endpoint", "Scattered pinpoint bleeding"),
    )
    UNIFORM_PINPOINT_BLEEDING = (
        "uniform_pinpoint_bleeding",
        translatable("Endpoint", "Uniform pinpoint bleeding"),
    )


class Reaction(LabelledEnum):
    ERYTHEMA = ("erythema", translatable("Reaction", "Erythema"))
    SWELLING = ("swelling", translatable("Reaction", "Swelling"))
    PINPOINT_BLEEDING = ("pinpoint_bleeding", translatable("Reaction", "Pinpoint bleeding"))
    TINGLING = ("tingling", translatable("Reaction", "Tingling"))
    TENDERNESS = ("tenderness", translatable("Reaction", "Tenderness"))
    DRYNESS_PEELING = ("dryness_peeling", translatable("Reaction", "Dryness / peeling"))
    BRUISING = ("bruising", translatable("Reaction", "Bruising"))
    ACNE_FLARE = ("acne_flare", translatable("Reaction", "Acne flare"))
    PIH = ("pih", translatable("Reaction", "Post-inflammatory hyperpigmentation"))
    INFECTION = ("infection", translatable("Reaction", "Infection"))
    HERPES = ("herpes", translatable("Reaction", "Herpes reactivation"))
    GRANULOMA = ("granuloma", translatable("Reaction", "Granuloma"))
    TRAM_TRACK = ("tram_track", translatable("Reaction", "Tram-track marks"))
    CONTACT_DERMATITIS = ("contact_dermatitis", translatable("Reaction", "Contact dermatitis"))


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
    def english_label(self) -> str:
        return self.name.capitalize()

    @property
    def label(self) -> str:
        return translate("Severity", self.english_label)

    @property
    def label_in_text(self) -> str:
        """The label inside a sentence ("moderate" in English)."""
        return _in_text(self.label, self.english_label)


# The severity labels, for the catalogs (Severity says them through its name).
_SEVERITY_LABELS = (
    translatable("Severity", "None"),
    translatable("Severity", "Mild"),
    translatable("Severity", "Moderate"),
    translatable("Severity", "Severe"),
)


class ObservedWhen(LabelledEnum):
    DURING = ("during", translatable("ObservedWhen", "During treatment"))
    IMMEDIATELY_AFTER = ("immediately_after", translatable("ObservedWhen", "Immediately after"))
    FOLLOW_UP = ("follow_up", translatable("ObservedWhen", "At follow-up"))


class Aftercare(LabelledEnum):
    SPF = ("spf", translatable("Aftercare", "SPF 30+ daily"))
    NO_MAKEUP = ("no_makeup", translatable("Aftercare", "No makeup 12–24 h"))
    NO_ACTIVES = ("no_actives", translatable("Aftercare", "No retinoids or acids for 5 days"))
    NO_HEAT_EXERCISE = ("no_heat_exercise", translatable("Aftercare", "No heat or exercise 48 h"))
    SOOTHING = ("soothing", translatable("Aftercare", "Soothing serum / moisturiser"))
    CLEAN_PILLOWCASE = (
        "clean_pillowcase",
        translatable("Aftercare", "Clean pillowcase, hands off"),
    )
    WRITTEN_SHEET = ("written_sheet", translatable("Aftercare", "Written aftercare sheet given"))


class PhotoKind(LabelledEnum):
    BEFORE = ("before", translatable("PhotoKind", "Before"))
    AFTER = ("after", translatable("PhotoKind", "After"))
    FOLLOW_UP = ("follow_up", translatable("PhotoKind", "Follow-up"))


class PhotoAngle(LabelledEnum):
    FRONT = ("front", translatable("PhotoAngle", "Front"))
    LEFT_45 = ("left_45", translatable("PhotoAngle", "Left 45°"))
    RIGHT_45 = ("right_45", translatable("PhotoAngle", "Right 45°"))
    LEFT_PROFILE = ("left_profile", translatable("PhotoAngle", "Left profile"))
    RIGHT_PROFILE = ("right_profile", translatable("PhotoAngle", "Right profile"))
    CLOSE_UP = ("close_up", translatable("PhotoAngle", "Close-up"))
    OTHER = ("other", translatable("PhotoAngle", "Other"))


def sql_in_list(values: tuple[str, ...] | list[str]) -> str:
    """Values as an SQL list literal for CHECK constraints (values are our own constants)."""
    return "(" + ", ".join("'" + value.replace("'", "''") + "'" for value in values) + ")"


class OtherTreatmentKind(LabelledEnum):
    """Treatments other than microneedling a client has had (here or elsewhere): history
    that the wash-out rules read. ``OTHER`` takes its name from the free text beside."""

    CHEMICAL_PEEL = ("chemical_peel", translatable("OtherTreatmentKind", "Chemical peel"))
    LASER = ("laser", translatable("OtherTreatmentKind", "Laser"))
    IPL = ("ipl", translatable("OtherTreatmentKind", "IPL"))
    FACIAL = ("facial", translatable("OtherTreatmentKind", "Facial"))
    FILLER = ("filler", translatable("OtherTreatmentKind", "Filler"))
    NEUROTOXIN = ("neurotoxin", translatable("OtherTreatmentKind", "Neurotoxin"))
    OTHER = ("other", translatable("OtherTreatmentKind", "Other"))
