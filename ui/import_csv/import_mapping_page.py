"""The wizard's second page: which column holds which field, the date order, and the
defaults for treatment rows whose source records no area, depth or device."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from logger_app.i18n import translatable, translate
from logger_app.import_csv import (
    DEFAULT_PRACTITIONER,
    ClientField,
    CsvTable,
    ImportOptions,
    TreatmentField,
    offered_fields,
)
from logger_app.text import count_of
from logger_app.vocabulary import (
    DEPTH_STEP_MM,
    MAX_DEPTH_MM,
    Area,
    Device,
    suggested_depth_mm,
)

from ..common.decimal_box import DecimalSpinBox
from ..common.display import plain_label, plain_tooltip, rich_label
from .import_wizard import caption, sample_values

if TYPE_CHECKING:
    from .import_wizard import CsvImportWizard

NOT_IN_FILE = translatable("MappingPage", "(not in the file)")
NO_DEFAULT = translatable("MappingPage", "(none)")  # what none means: the caption above says
LABEL_WIDTH = 180  # px: a field's name wider than this wraps
KEPT_PER_ROW = 3  # checkboxes of kept columns per line


class MappingPage(QWizardPage):
    def __init__(self, wizard: CsvImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._built_for: tuple | None = None
        self.setTitle(translate("MappingPage", "Match the columns"))
        self.setSubTitle(
            translate(
                "MappingPage",
                "Each field of the logbook and the column of your file it comes from, "
                "matched by the column names. Change any that are wrong.",
            )
        )
        self.client_combos: dict[ClientField, QComboBox] = {}
        self.treatment_combos: dict[TreatmentField, QComboBox] = {}
        self._samples: dict[QComboBox, QLabel] = {}

        self.clients_box = QGroupBox(translate("MappingPage", "Clients file"))
        self.clients_form = QFormLayout(self.clients_box)
        self.clients_form.setVerticalSpacing(2)  # the longer list: 14 fields
        self.treatments_box = QGroupBox(translate("MappingPage", "Treatments file"))
        self.treatments_form = QFormLayout(self.treatments_box)
        self.treatments_form.setVerticalSpacing(4)

        self.date_order = QComboBox(objectName="dateOrder")
        self.date_order.addItem(translate("MappingPage", "Detect from the data"), None)
        self.date_order.addItem(translate("MappingPage", "Day first (31/12/2024)"), True)
        self.date_order.addItem(translate("MappingPage", "Month first (12/31/2024)"), False)

        self.defaults_box = QGroupBox(
            translate("MappingPage", "When a treatment row does not record it")
        )
        defaults = QFormLayout(self.defaults_box)
        defaults.addRow(
            caption(
                translate(
                    "MappingPage",
                    "Other programs rarely record areas, depths or devices. Nothing is "
                    "invented: rows without them are problems, unless you choose a default "
                    "here; each session that gets one says so in its notes.",
                )
            )
        )
        self.default_area = QComboBox(objectName="defaultArea")
        self.default_area.addItem(translate("MappingPage", NO_DEFAULT), None)
        for area in Area:
            self.default_area.addItem(area.label, area.value)
        self.default_area.currentIndexChanged.connect(self._propose_depth)
        self.default_depth = DecimalSpinBox(objectName="defaultDepth")
        self.default_depth.setRange(0.0, MAX_DEPTH_MM)
        self.default_depth.setSingleStep(DEPTH_STEP_MM)
        self.default_depth.setDecimals(2)
        self.default_depth.setSuffix(" mm")
        self.default_depth.setSpecialValueText(translate("MappingPage", NO_DEFAULT))
        self.default_device = QComboBox(objectName="defaultDevice")
        narrow(self.default_device)
        narrow(self.default_area)
        narrow(self.date_order)
        self.default_device.addItem(translate("MappingPage", NO_DEFAULT), None)
        for device in Device:
            self.default_device.addItem(device.label, device.value)
        self.practitioner = QLineEdit(DEFAULT_PRACTITIONER, objectName="defaultPractitioner")
        # In one row, to keep the page short: area, depth, device and practitioner.
        pairs = QGridLayout()
        pairs.setContentsMargins(0, 0, 0, 0)
        for column, (text, widget) in enumerate(
            (
                (translate("MappingPage", "&Area:"), self.default_area),
                (translate("MappingPage", "De&pth:"), self.default_depth),
                (translate("MappingPage", "De&vice:"), self.default_device),
                (translate("MappingPage", "P&ractitioner:"), self.practitioner),
            )
        ):
            pairs.addWidget(buddy_label(text, widget), 0, column * 2)
            pairs.addWidget(widget, 0, column * 2 + 1)
            pairs.setColumnStretch(column * 2 + 1, 1)
        for field in (self.default_depth, self.practitioner):  # even parts, not their text's
            field.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            field.setMinimumWidth(100)
        defaults.addRow(pairs)

        # Columns no field takes: kept in the notes unless unchecked (nothing dropped
        # unasked).
        self.kept_box = QGroupBox(translate("MappingPage", "Columns no field takes"))
        self.kept_box.setObjectName("keptColumns")
        kept = QVBoxLayout(self.kept_box)
        kept.setSpacing(2)
        kept_caption = caption(
            translate(
                "MappingPage", "Kept in the notes as “Column: value” lines; uncheck to leave out."
            )
        )
        kept_caption.setToolTip(
            translate(
                "MappingPage",
                "A clients file's columns go to the client's general notes, a treatments "
                "file's to the treatment's notes.",
            )
        )
        kept.addWidget(kept_caption)
        self.kept_grid = QGridLayout()
        kept.addLayout(self.kept_grid)
        self.kept_checks: dict[str, QCheckBox] = {}
        self._dropped: set[str] = set()

        # The clients' fields beside the treatments' (a 1280×720 screen shows the page
        # whole); the defaults under both. Scrolled only on a smaller screen.
        content = QWidget(objectName="mappingContent")
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.clients_box, 0, 0)
        order_form = QFormLayout()
        order_form.addRow(
            buddy_label(translate("MappingPage", "Dates like &03/04/2024:"), self.date_order),
            self.date_order,
        )
        # The kept columns under the treatments' fields, where the shorter list leaves
        # room (or in their place, when there is no treatments file).
        right = QVBoxLayout()
        right.addWidget(self.treatments_box)
        right.addLayout(order_form)
        right.addSpacing(4)
        right.addWidget(self.kept_box)
        right.addStretch(1)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.defaults_box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.scroll = QScrollArea()
        self.scroll.setAccessibleName(translate("MappingPage", "Fields and their columns"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    def forget(self) -> None:
        """New files: the combos are rebuilt from the new headers and mapping."""
        self._built_for = None

    def initializePage(self) -> None:
        wizard = self._wizard
        key = (wizard.clients_table, wizard.treatments_table)
        if self._built_for == key:
            return  # back and forth: keep what the user chose
        self._built_for = key
        assert wizard.clients_table is not None
        self._fill(
            self.clients_form, self.client_combos, ClientField, wizard.clients_table,
            wizard.mapping.clients,
        )  # fmt: skip
        treatments = wizard.treatments_table
        self.treatments_box.setVisible(treatments is not None)
        self.defaults_box.setVisible(treatments is not None)
        if treatments is not None:
            self._fill(
                self.treatments_form, self.treatment_combos, TreatmentField, treatments,
                wizard.mapping.treatments,
            )  # fmt: skip
        else:
            self._clear(self.treatments_form, self.treatment_combos)
        self._dropped = set(wizard.mapping.dropped)
        self.refresh_kept()

    def _fill(self, form: QFormLayout, combos: dict, kind: type, table: CsvTable, chosen: dict):
        self._clear(form, combos)
        rows = count_of(
            table.row_count, translate("MappingPage", "row"), translate("MappingPage", "rows")
        )
        form.addRow(
            caption(translate("MappingPage", "{file}: {rows}").format(file=table.name, rows=rows))
        )
        for target in offered_fields(kind, chosen):  # the optional ones when found
            combo = QComboBox(objectName=f"map_{kind.__name__}_{target.value}")
            narrow(combo)
            combo.addItem(translate("MappingPage", NOT_IN_FILE), None)
            for header in table.headers:
                combo.addItem(header, header)
            index = combo.findData(chosen.get(target)) if chosen.get(target) else 0
            combo.setCurrentIndex(max(index, 0))
            sample = rich_label()
            sample.setObjectName("sampleValues")
            # Beside the column's name, cut at the field's edge (the tooltip has it all).
            sample.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self._samples[combo] = sample
            combo.currentIndexChanged.connect(lambda _i, c=combo, t=table: self._show_sample(c, t))
            combo.currentIndexChanged.connect(self.refresh_kept)
            self._show_sample(combo, table)
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(combo, 3)
            row.addWidget(sample, 2)
            label = buddy_label(
                translate("MappingPage", "{field}:").format(field=target.label), combo
            )
            # The long field names take two lines rather than the field's width.
            label.setMinimumWidth(min(label.sizeHint().width(), LABEL_WIDTH))
            label.setMaximumWidth(LABEL_WIDTH)
            label.setWordWrap(True)
            form.addRow(label, holder)
            combos[target] = combo

    def refresh_kept(self) -> None:
        """One checkbox per column no combo takes, in both files (checked: kept)."""
        wizard = self._wizard
        used = {
            c.currentData() for c in [*self.client_combos.values(), *self.treatment_combos.values()]
        }
        headers: list[str] = []
        for table in (wizard.clients_table, wizard.treatments_table):
            if table is not None:
                headers += [h for h in table.headers if h not in used and h not in headers]
        for check in self.kept_checks.values():
            self.kept_grid.removeWidget(check)
            check.deleteLater()
        self.kept_checks.clear()
        for number, header in enumerate(headers):
            check = QCheckBox(header)
            check.setObjectName(f"keep_{header}")
            check.setChecked(header not in self._dropped)
            check.toggled.connect(lambda on, h=header: self._keep(h, on))
            self.kept_grid.addWidget(check, number // KEPT_PER_ROW, number % KEPT_PER_ROW)
            self.kept_checks[header] = check
        self.kept_box.setVisible(bool(headers))

    def _keep(self, header: str, keep: bool) -> None:
        if keep:
            self._dropped.discard(header)
        else:
            self._dropped.add(header)

    def _clear(self, form: QFormLayout, combos: dict) -> None:
        for combo in combos.values():
            self._samples.pop(combo, None)
        while form.rowCount():
            form.removeRow(0)
        combos.clear()

    def _show_sample(self, combo: QComboBox, table: CsvTable) -> None:
        header = combo.currentData()
        text = sample_values(table, header) if header else ""
        example = translate("MappingPage", "e.g. {values}")
        self._samples[combo].setText(
            f"<small>{escape(example.format(values=text))}</small>" if text else ""
        )
        self._samples[combo].setToolTip(plain_tooltip(example.format(values=text)) if text else "")
        self._samples[combo].setVisible(bool(text))

    def _propose_depth(self) -> None:
        """Choosing a default area proposes its conservative depth (still editable)."""
        value = self.default_area.currentData()
        if value and self.default_depth.value() == 0.0:
            self.default_depth.setValue(suggested_depth_mm(Area(value)))

    def choose(self, target: ClientField | TreatmentField, header: str | None) -> None:
        """Test seam and programmatic use: pick a column for a field."""
        combos = self.client_combos if isinstance(target, ClientField) else self.treatment_combos
        combo = combos[target]
        combo.setCurrentIndex(max(combo.findData(header), 0) if header else 0)

    def validatePage(self) -> bool:
        mapping = self._wizard.mapping
        mapping.clients = _chosen(self.client_combos)
        mapping.treatments = _chosen(self.treatment_combos)
        mapping.dropped = {h for h in self._dropped if h in self.kept_checks}
        return True

    def options(self, preview_choices: dict) -> ImportOptions:
        area, device = self.default_area.currentData(), self.default_device.currentData()
        depth = self.default_depth.value()
        return ImportOptions(
            day_first=self.date_order.currentData(),
            default_area=Area(area) if area else None,
            default_depth_mm=depth if depth > 0 else None,
            default_device=Device(device) if device else None,
            practitioner=self.practitioner.text(),
            **preview_choices,
        )


def narrow(combo: QComboBox) -> None:
    """As wide as the column gives it, not as its longest choice: both halves even."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A field's label, its buddy: the field's name to a screen reader, its Alt key."""
    label = plain_label(text)
    label.setBuddy(field)
    return label


def _chosen(combos: dict) -> dict:
    return {target: combo.currentData() for target, combo in combos.items() if combo.currentData()}
