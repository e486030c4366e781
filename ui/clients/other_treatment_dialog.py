"""Record, or change, another treatment of a client: a peel, laser, IPL, a facial, filler,
neurotoxin or another one named in words, with its notes, practitioner, and the products
used with their lots. Not a session: no areas, depths or device. The core checks it;
what it refuses is said next to the field concerned, and nothing is half-saved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook
from logger_app.other_treatments import (
    MAX_KIND_DETAIL_LENGTH,
    MAX_LOT_LENGTH,
    MAX_PRODUCT_LENGTH,
    MAX_PRODUCTS,
    validate_other_treatment,
)
from logger_app.records import Client, OtherTreatment, OtherTreatmentDetails, ProductLot
from logger_app.validation import MAX_NAME_LENGTH
from logger_app.vocabulary import OtherTreatmentKind

from ..common.display import plain_label
from ..common.form_support import (
    ErrorLabel,
    GuardedForm,
    combo_enum,
    date_edit,
    form_errors,
    save_cancel_buttons,
    with_error_label,
)
from ..common.prompts import Prompter

# Shown through translate("OtherTreatmentDialog", hint).
DETAIL_HINTS = {
    OtherTreatmentKind.CHEMICAL_PEEL: translatable(
        "OtherTreatmentDialog", "e.g. TCA 20 %, glycolic 30 %"
    ),
    OtherTreatmentKind.LASER: translatable("OtherTreatmentDialog", "e.g. fractional CO2, Nd:YAG"),
    OtherTreatmentKind.IPL: translatable("OtherTreatmentDialog", "e.g. pigment, vascular"),
    OtherTreatmentKind.FACIAL: translatable("OtherTreatmentDialog", "e.g. hydrafacial"),
    OtherTreatmentKind.FILLER: translatable("OtherTreatmentDialog", "e.g. hyaluronic acid, lips"),
    OtherTreatmentKind.NEUROTOXIN: translatable(
        "OtherTreatmentDialog", "e.g. botulinum toxin, forehead"
    ),
    OtherTreatmentKind.OTHER: translatable("OtherTreatmentDialog", "Name the treatment (required)"),
}


class ProductRow(QWidget):
    """One product used, with its lot, and a button to remove the row."""

    def __init__(self, used: ProductLot | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.product = QLineEdit(objectName="product")
        self.product.setPlaceholderText(translate("ProductRow", "Product"))
        self.product.setMaxLength(MAX_PRODUCT_LENGTH + 50)  # longer ones are said, not cut
        self.product.setAccessibleName(translate("ProductRow", "Product"))
        self.lot = QLineEdit(objectName="lot")
        self.lot.setPlaceholderText(translate("ProductRow", "Lot (optional)"))
        self.lot.setMaxLength(MAX_LOT_LENGTH + 50)
        self.lot.setAccessibleName(translate("ProductRow", "Lot"))
        self.lot.setMaximumWidth(180)
        self.remove_button = QPushButton(
            translate("ProductRow", "Remove"), objectName="removeProduct"
        )
        self.remove_button.setToolTip(translate("ProductRow", "Remove this product"))
        self.product_error = ErrorLabel()
        self.lot_error = ErrorLabel()
        if used is not None:
            self.product.setText(used.product)
            self.lot.setText(used.lot)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.product, 1)
        line.addWidget(self.lot)
        line.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(self.product_error)
        column.addWidget(self.lot_error)

    def value(self) -> ProductLot:
        return ProductLot(self.product.text().strip(), self.lot.text().strip())

    def is_blank(self) -> bool:
        return not self.product.text().strip() and not self.lot.text().strip()


class OtherTreatmentDialog(GuardedForm):
    """Record another treatment of ``client`` (``treatment``: change that one).
    ``saved`` holds it once saved."""

    form_name = "other treatment"

    def __init__(
        self,
        logbook: Logbook,
        prompter: Prompter,
        client: Client,
        treatment: OtherTreatment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompter, parent)
        self._logbook = logbook
        self._client = client
        self._treatment = treatment
        self.saved: OtherTreatment | None = None
        self.form_name = translate("OtherTreatmentDialog", "other treatment")
        title = (
            translate("OtherTreatmentDialog", "Change other treatment – {name}")
            if treatment
            else translate("OtherTreatmentDialog", "Record other treatment – {name}")
        )
        self.setWindowTitle(title.format(name=client.full_name))
        self.setMinimumWidth(620)
        self.general_error, self.errors = form_errors()
        # The clinic's day: a treatment is recorded on or after its day, never ahead.
        self._today = datetime.now(logbook.clinic_zone()).date()

        self.performed_on = date_edit("performedOn")
        self.performed_on.setMaximumDate(QDate(self._today))
        self.performed_on.setDate(QDate(self._today))
        born = client.details.date_of_birth
        if born is not None and born <= self._today:
            self.performed_on.setMinimumDate(QDate(born))
        self.performed_on.setAccessibleName(
            translate("OtherTreatmentDialog", "Date of the treatment")
        )
        self.kind = QComboBox(objectName="kind")
        for kind in OtherTreatmentKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setAccessibleName(translate("OtherTreatmentDialog", "Kind of treatment"))
        self.kind_detail = QLineEdit(objectName="kind_detail")
        self.kind_detail.setMaxLength(MAX_KIND_DETAIL_LENGTH + 50)
        self.kind_detail.setAccessibleName(
            translate("OtherTreatmentDialog", "Which treatment, in words")
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        kind_line = QWidget()
        kind_row = QHBoxLayout(kind_line)
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.kind)
        kind_row.addWidget(with_error_label(self.kind_detail, self.errors, "kind_detail"), 1)
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setPlaceholderText(
            translate(
                "OtherTreatmentDialog", "What was done, how the skin responded, aftercare given"
            )
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.practitioner = QLineEdit(objectName="practitioner_name")
        self.practitioner.setMaxLength(MAX_NAME_LENGTH + 50)
        self.practitioner.setPlaceholderText(
            translate("OtherTreatmentDialog", "Who performed it (here or elsewhere)")
        )

        self.product_rows: list[ProductRow] = []
        self.products_box = QVBoxLayout()
        self.products_box.setContentsMargins(0, 0, 0, 0)
        self.products_box.setSpacing(4)
        self.add_product_button = QPushButton(
            translate("OtherTreatmentDialog", "Add product"), objectName="addProduct"
        )
        self.add_product_button.setToolTip(
            translate("OtherTreatmentDialog", "A product used, with its lot")
        )
        self.add_product_button.clicked.connect(lambda: self._add_product_row(focus=True))
        products = QWidget()
        products_column = QVBoxLayout(products)
        products_column.setContentsMargins(0, 0, 0, 0)
        products_column.addLayout(self.products_box)
        products_column.addWidget(self.add_product_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.products_error = self.errors.register("products", ErrorLabel())
        products_column.addWidget(self.products_error)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(
            translate("OtherTreatmentDialog", "&Date"),
            with_error_label(self.performed_on, self.errors, "performed_on"),
        )
        form.addRow(translate("OtherTreatmentDialog", "&Kind"), kind_line)
        form.addRow(
            translate("OtherTreatmentDialog", "&Notes"),
            with_error_label(self.notes, self.errors, "notes"),
        )
        form.addRow(
            translate("OtherTreatmentDialog", "&Practitioner"),
            with_error_label(self.practitioner, self.errors, "practitioner_name"),
        )
        form.addRow(translate("OtherTreatmentDialog", "Products"), products)
        hint = plain_label(
            translate(
                "OtherTreatmentDialog",
                "Recorded in the client's history; a peel, laser, IPL, filler or neurotoxin "
                "starts its wash-out before the next microneedling session.",
            ),
            objectName="emptyHint",
        )
        hint.setWordWrap(True)
        buttons, self.save_button = save_cancel_buttons(
            self,
            self.save,
            translate("OtherTreatmentDialog", "Save treatment"),
            object_name="saveOtherTreatment",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        if treatment is not None:
            self._load(treatment.details)
        else:
            signed_in = logbook.signed_in
            self.practitioner.setText(signed_in.name if signed_in else "")
            self._kind_changed()
        self.mark_unchanged()

    def _load(self, details: OtherTreatmentDetails) -> None:
        self.performed_on.setDate(QDate(details.performed_on))
        self.kind.setCurrentIndex(max(0, self.kind.findData(details.kind.value)))
        self._kind_changed()
        self.kind_detail.setText(details.kind_detail)
        self.notes.setPlainText(details.notes)
        self.practitioner.setText(details.practitioner_name)
        for used in details.products:
            self._add_product_row(used)

    def _kind_changed(self) -> None:
        kind = combo_enum(self.kind, OtherTreatmentKind) or OtherTreatmentKind.OTHER
        self.kind_detail.setPlaceholderText(translate("OtherTreatmentDialog", DETAIL_HINTS[kind]))

    # Products
    def _add_product_row(self, used: ProductLot | None = None, *, focus: bool = False) -> None:
        if len(self.product_rows) >= MAX_PRODUCTS:
            self.products_error.show_message(
                translate("OtherTreatmentDialog", "List at most {count} products.").format(
                    count=MAX_PRODUCTS
                )
            )
            return
        row = ProductRow(used)
        row.remove_button.clicked.connect(lambda: self._remove_product_row(row))
        self.product_rows.append(row)
        self.products_box.addWidget(row)
        row.show()  # at once, not on the layout's queued show: its messages show with it
        self._register_product_errors()
        self._grow_to_fit()
        if focus:
            row.product.setFocus(Qt.FocusReason.OtherFocusReason)

    def _grow_to_fit(self) -> None:
        """Taller when rows or messages are added: a window never grows by itself, and
        its rows would be squeezed."""
        self.layout().activate()
        wanted = self.sizeHint().height()
        if self.isVisible() and self.height() < wanted:
            self.resize(self.width(), wanted)

    def _remove_product_row(self, row: ProductRow) -> None:
        self.product_rows.remove(row)
        self.products_box.removeWidget(row)
        row.deleteLater()
        self._register_product_errors()
        self.add_product_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _register_product_errors(self) -> None:
        """Messages of ``products.<n>.*`` go to the n-th row still listed."""
        self.errors.unregister_prefix("products")
        self.errors.register("products", self.products_error)
        for index, row in enumerate(self.product_rows):
            self.errors.register(f"products.{index}.product", row.product_error)
            self.errors.register(f"products.{index}.lot", row.lot_error)
            for label in (row.product_error, row.lot_error):
                label.show_message(None)

    # Saving
    def details(self) -> OtherTreatmentDetails:
        # A row left blank is no product: it is dropped, not refused.
        products = tuple(row.value() for row in self.product_rows if not row.is_blank())
        return OtherTreatmentDetails(
            client_id=self._client.id,
            performed_on=self.performed_on.date().toPython(),
            kind=combo_enum(self.kind, OtherTreatmentKind) or OtherTreatmentKind.OTHER,
            kind_detail=self.kind_detail.text().strip(),
            notes=self.notes.toPlainText().strip(),
            practitioner_name=self.practitioner.text().strip(),
            products=products,
        )

    def save(self) -> None:
        for row in [row for row in self.product_rows if row.is_blank()]:
            self._remove_product_row(row)
        details = self.details()
        problems = validate_other_treatment(
            details, self._today, self._client.details.date_of_birth
        )

        def write() -> None:
            if self._treatment is None:
                self.saved = self._logbook.add_other_treatment(details)
            else:
                self.saved = self._logbook.update_other_treatment(self._treatment.id, details)

        if self.save_checked(problems, write):
            self.accept()
        else:
            self._grow_to_fit()
