// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Wizards

// Step 2: the recommended values, each editable.
ScrollView {
    id: page
    required property WizardController controller

    ColumnLayout {
        width: page.availableWidth
        spacing: 10
        Repeater {
            model: page.controller.fields
            delegate: ChoiceField {
                Layout.fillWidth: true
                fields: page.controller.fields
            }
        }
    }
}
