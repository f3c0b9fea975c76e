// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Wizards

// Step 1: the findings that call for this wizard, with their numbers.
ScrollView {
    id: page
    required property WizardController controller

    ColumnLayout {
        width: page.availableWidth
        spacing: 12
        TextList {
            Layout.fillWidth: true
            heading: qsTr("What the incident shows")
            lines: page.controller.why
        }
        Label {
            Layout.fillWidth: true
            visible: page.controller.why.length === 0 && !page.controller.busy
            text: qsTr("No finding of this incident calls for this remedy; the values below come from the live system alone.")
            wrapMode: Text.Wrap
        }
        TextList {
            Layout.fillWidth: true
            heading: qsTr("How the values are chosen")
            lines: page.controller.reasoning
        }
    }
}
