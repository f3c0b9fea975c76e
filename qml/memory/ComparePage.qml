// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Memory

// Incident against now: limits, swap, watermarks and the top processes then and now, with
// what changed since, so an admin sees whether the fix is in place.
Item {
    id: page

    property var incident
    signal openWizard(string remedyId, var incident, var prefill)

    readonly property bool hasIncident: page.incident !== undefined && page.incident !== null
    readonly property bool ready: !page.hasIncident || compare.ready

    CompareModel {
        id: compare
        incident: page.incident
        active: page.visible && page.hasIncident
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        Label {
            text: qsTr("Incident against now")
            font.pointSize: 16
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            objectName: "compareSummary"
            wrapMode: Text.Wrap
            text: !page.hasIncident ? qsTr("Pick an incident to compare its moment with the live system.")
                : !compare.ready ? qsTr("Reading the live system…")
                : qsTr("%n value(s) differ between the incident and now.", "", compare.changedCount)
        }

        RowLayout {
            Layout.fillWidth: true
            visible: compare.count > 0
            spacing: 8
            Label { text: qsTr("Value"); font.bold: true; Layout.preferredWidth: 260 }
            Label { text: qsTr("At the incident"); font.bold: true; Layout.preferredWidth: 240 }
            Label { text: qsTr("Now"); font.bold: true; Layout.fillWidth: true }
        }

        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: compare
            // Each section's heading comes with its first row (ListView's own section
            // delegates are not created on Qt 6.4 when they declare the required property).
            delegate: ColumnLayout {
                id: line
                required property string section
                required property bool firstInSection
                required property string label
                required property string then
                required property string now
                required property bool changed
                required property string note
                width: ListView.view.width
                spacing: 2
                Label {
                    visible: line.firstInSection
                    text: line.section
                    font.bold: true
                    topPadding: 8
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Label {
                        Layout.preferredWidth: 260
                        text: line.label
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.preferredWidth: 240
                        text: line.then
                    }
                    Label {
                        Layout.fillWidth: true
                        text: line.changed ? qsTr("%1 (changed)").arg(line.now) : line.now
                        font.bold: line.changed
                        elide: Text.ElideRight
                        ToolTip.text: line.note
                        ToolTip.visible: line.note.length > 0 && noteHover.hovered
                        HoverHandler {
                            id: noteHover
                        }
                    }
                }
            }
        }
    }
}
