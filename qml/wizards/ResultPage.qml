// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Wizards

// Steps 4 and 5: what each call did, then the system read again.
ScrollView {
    id: page
    required property WizardController controller

    ColumnLayout {
        width: page.availableWidth
        spacing: 12
        Label {
            visible: page.controller.busy && page.controller.log.length === 0
            text: qsTr("Waiting for authorization and the changes\u2026")
        }
        TextList {
            Layout.fillWidth: true
            heading: qsTr("Applied")
            lines: page.controller.log
        }
        TextList {
            Layout.fillWidth: true
            heading: qsTr("Verified against the live system")
            lines: page.controller.verification
        }
    }
}
