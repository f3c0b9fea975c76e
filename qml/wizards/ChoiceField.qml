// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Wizards

// One choice: a label and the control its kind needs; edits go back through the model.
RowLayout {
    id: field
    required property ChoiceFieldModel fields
    required property int index
    required property string label
    required property string hint
    required property string kind
    required property var options
    required property var optionLabels
    required property string value

    spacing: 12
    Label {
        Layout.preferredWidth: 260
        text: field.label
        wrapMode: Text.Wrap
    }
    CheckBox {
        visible: field.kind === "boolean"
        checked: field.value === "true"
        onToggled: field.fields.setValue(field.index, checked ? "true" : "false")
    }
    ComboBox {
        visible: field.kind === "choice"
        Layout.preferredWidth: 200
        model: field.optionLabels
        currentIndex: Math.max(0, field.options.indexOf(field.value))
        onActivated: idx => field.fields.setValue(field.index, field.options[idx])
    }
    TextField {
        visible: field.kind !== "boolean" && field.kind !== "choice"
        Layout.fillWidth: true
        text: field.value
        placeholderText: field.hint
        onEditingFinished: field.fields.setValue(field.index, text)
    }
}
