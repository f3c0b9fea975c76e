// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens

// One incident: the sentence first, then each cause with its evidence and what to do, the
// facts, and the raw report from the log (collapsed until asked for).
Page {
    id: page

    required property SessionController session
    signal back()
    signal evidenceActivated(string input, int line)
    signal remedyRequested(string remedyId)

    title: view.title

    IncidentView {
        id: view
        incident: page.session.selectedIncident
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: qsTr("← All incidents")
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                text: view.title
                elide: Text.ElideRight
                font.bold: true
            }
        }
    }

    Shortcut {
        sequences: ["Alt+Left", "Backspace"]
        enabled: page.visible
        onActivated: page.back()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        visible: view.valid

        ColumnLayout {
            width: scroll.availableWidth - 32
            x: 16
            spacing: 10

            Label {
                Layout.topMargin: 12
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: view.sentence
                FontMetrics {
                    id: applicationFont
                }
                font.pointSize: applicationFont.font.pointSize * 1.5
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: text.length > 0
                text: view.when
                opacity: 0.8
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: view.alsoIn.length > 0
                text: qsTr("Also reported in: %1").arg(view.alsoInText)
                opacity: 0.8
            }

            SectionHeading {
                text: qsTr("Why")
            }
            Repeater {
                id: causeRepeater
                model: view.causes
                delegate: CauseCard {
                    objectName: "causeCard"
                    Layout.fillWidth: true
                    onEvidenceActivated: (line) => page.evidenceActivated(view.sourcePath, line)
                    onRemedyRequested: (remedyId) => page.remedyRequested(remedyId)
                }
            }
            Label {
                visible: causeRepeater.count === 0
                text: qsTr("The diagnosis found no cause for this incident.")
            }

            FactTable {
                Layout.fillWidth: true
                facts: view.facts
                onLineActivated: (line) => page.evidenceActivated(view.sourcePath, line)
            }

            SectionHeading {
                text: qsTr("Notes")
                visible: view.notes.length > 0
            }
            Repeater {
                model: view.notes
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: "• " + modelData
                }
            }

            RowLayout {
                SectionHeading {
                    text: qsTr("The report in the log")
                }
                Button {
                    text: rawReport.visible ? qsTr("Hide") : qsTr("Show")
                    Accessible.name: rawReport.visible ? qsTr("Hide the raw report")
                                                       : qsTr("Show the raw report")
                    onClicked: rawReport.visible = !rawReport.visible
                }
                Button {
                    text: qsTr("Open in the log view")
                    onClicked: page.evidenceActivated(view.sourcePath, view.firstLine)
                }
            }
            Label {
                text: qsTr("%1, lines %2–%3").arg(view.sourcePath).arg(view.firstLine)
                                               .arg(view.lastLine)
                opacity: 0.8
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Frame {
                id: rawReport
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(480, reportLines.contentHeight + 24)
                visible: false
                padding: 2

                LogModel {
                    id: reportLog
                    // Read only when shown.
                    source: rawReport.visible ? view.sourcePath : ""
                    firstLine: view.firstLine
                    lastLine: view.lastLine
                }
                LogView {
                    id: reportLines
                    anchors.fill: parent
                    log: reportLog
                }
            }
            Item {
                implicitHeight: 16
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 640)
        visible: !view.valid
        title: qsTr("No incident selected")
        explanation: qsTr("Choose an incident in the list.")
    }
}
