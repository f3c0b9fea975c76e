// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens

// The facts of an incident in sections, label and value, each value's log line a link.
ColumnLayout {
    id: table

    required property FactModel facts
    signal lineActivated(int line)

    spacing: 2

    Repeater {
        model: table.facts
        delegate: ColumnLayout {
            id: fact
            required property string section
            required property string label
            required property string value
            required property int line
            required property int index
            // A section's heading above its first row (the model keeps sections together).
            readonly property bool firstOfSection: index === 0
                                                   || table.facts.sectionAt(index - 1) !== section
            Layout.fillWidth: true

            SectionHeading {
                visible: fact.firstOfSection
                text: fact.section
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.preferredWidth: Math.max(140, table.width * 0.22)
                    Layout.alignment: Qt.AlignTop
                    text: fact.label
                    elide: Text.ElideMiddle
                    opacity: 0.8
                }
                Label {
                    Layout.fillWidth: true
                    text: fact.value
                    wrapMode: Text.Wrap
                }
                Button {
                    Layout.alignment: Qt.AlignTop
                    visible: fact.line > 0
                    flat: true
                    padding: 2
                    text: qsTr("line %1").arg(fact.line)
                    Accessible.name: qsTr("Show line %1 in the log").arg(fact.line)
                    onClicked: table.lineActivated(fact.line)
                }
            }
        }
    }
}
