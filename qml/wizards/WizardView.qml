// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Wizards

// One wizard: a header with the steps, the page of the current step, and the buttons.
// Everything it shows comes from the WizardController; the app opens it with
// controller.open(remedyId, incident, prefill).
Page {
    id: view
    required property WizardController controller

    title: view.controller.title

    header: ColumnLayout {
        spacing: 4
        Label {
            Layout.margins: 12
            Layout.bottomMargin: 0
            text: view.controller.title
            font.pixelSize: 20
            font.bold: true
        }
        // The steps, for showing where the wizard is: not clickable (disabled), yet the
        // current step is written in the normal text colour and bold, not greyed out.
        TabBar {
            id: steps
            Layout.fillWidth: true
            enabled: false
            currentIndex: view.controller.stage
            Repeater {
                model: [qsTr("Why"), qsTr("Choose"), qsTr("Preview"), qsTr("Apply"), qsTr("Verify")]
                delegate: TabButton {
                    required property string modelData
                    text: modelData
                    font.bold: checked
                    palette.disabled.buttonText: checked ? view.palette.active.buttonText
                                                         : view.palette.disabled.buttonText
                }
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        anchors.margins: 12
        currentIndex: Math.min(view.controller.stage, 3)
        WhyPage { controller: view.controller }
        ChoosePage { controller: view.controller }
        PreviewPage { controller: view.controller }
        ResultPage { controller: view.controller }
    }

    // The ToolBar takes its height from its one child: margins go in its padding, not in
    // anchors (which would cut the buttons off at the bottom).
    footer: ToolBar {
        padding: 6
        RowLayout {
            anchors.fill: parent
            BusyIndicator {
                running: view.controller.busy
                visible: view.controller.busy
                Layout.preferredHeight: 28
                Layout.preferredWidth: 28
            }
            Label {
                Layout.fillWidth: true
                text: view.controller.error
                elide: Text.ElideRight
                color: view.palette.highlight
            }
            Button {
                text: qsTr("Back")
                visible: view.controller.stage === WizardController.Choose
                         || view.controller.stage === WizardController.Preview
                onClicked: view.controller.back()
            }
            Button {
                text: qsTr("Undo")
                visible: view.controller.stage === WizardController.Verify
                enabled: view.controller.canUndo && !view.controller.busy
                onClicked: view.controller.undo()
            }
            Button {
                highlighted: true
                visible: view.controller.stage < WizardController.Apply
                enabled: !view.controller.busy
                         && (view.controller.stage !== WizardController.Preview
                             || (view.controller.applicable && view.controller.confirmed))
                text: view.controller.stage === WizardController.Preview ? qsTr("Apply") : qsTr("Next")
                onClicked: view.controller.next()
            }
        }
    }
}
