// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Wizards

// Step 3: the exact plan (the text `oomlens-cli fix --dry-run` prints) and the confirmation.
ColumnLayout {
    id: page
    required property WizardController controller

    spacing: 8
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        TextArea {
            readOnly: true
            text: page.controller.previewText
            font.family: "monospace"
            wrapMode: TextEdit.Wrap
        }
    }
    CheckBox {
        Layout.fillWidth: true
        visible: page.controller.applicable
        checked: page.controller.confirmed
        text: page.controller.explicitConfirmation.length > 0
              ? qsTr("I understand: %1").arg(page.controller.explicitConfirmation)
              : qsTr("I have read the plan; make these changes")
        onToggled: page.controller.confirmed = checked
    }
}
