// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens

// One cause of an incident: severity bar and word, the sentence, the evidence lines (each
// opens the log there) and what to do.
Rectangle {
    id: card

    required property string severity
    required property string summary
    required property var evidence
    required property string remedyId
    required property string advice
    required property string actionLabel
    required property bool primary
    signal evidenceActivated(int line)
    signal remedyRequested(string remedyId)

    implicitHeight: column.implicitHeight + 20
    color: Severity.tint(severity)
    radius: 4
    Accessible.role: Accessible.Grouping
    Accessible.name: Severity.label(severity) + ": " + summary

    Rectangle {
        width: 4
        height: parent.height
        radius: 2
        color: Severity.color(card.severity)
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 10
        anchors.leftMargin: 16
        spacing: 6

        Label {
            text: card.primary ? qsTr("%1 · primary cause").arg(Severity.label(card.severity))
                               : Severity.label(card.severity)
            color: Severity.color(card.severity)
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: card.summary
            FontMetrics {
                id: applicationFont
            }
            font.pointSize: applicationFont.font.pointSize * (card.primary ? 1.1 : 1.0)
        }
        Flow {
            Layout.fillWidth: true
            spacing: 4
            visible: card.evidence.length > 0
            Label {
                text: qsTr("Evidence:")
                opacity: 0.8
                topPadding: 4
            }
            Repeater {
                model: card.evidence
                delegate: Button {
                    required property int modelData
                    objectName: "evidenceChip"
                    flat: true
                    padding: 2
                    text: qsTr("line %1").arg(modelData)
                    Accessible.name: qsTr("Show line %1 in the log").arg(modelData)
                    onClicked: card.evidenceActivated(modelData)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: card.advice.length > 0
            text: card.advice
        }
        Button {
            visible: card.actionLabel.length > 0
            text: card.actionLabel
            onClicked: card.remedyRequested(card.remedyId)
        }
    }
}
