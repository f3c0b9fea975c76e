// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Memory

// One zone's free memory against its watermarks: a bar of free memory with marks at min,
// low, high and (for an incident) what the failed allocation needed, and the verdict in
// words. Its required properties are ZoneModel's roles, so it is a delegate as is.
ColumnLayout {
    id: gauge

    required property string label
    required property real freeKb
    required property real minKb
    required property real lowKb
    required property real highKb
    required property real boostKb
    required property real managedKb
    required property real requiredKb
    required property real scaleKb
    required property string verdict
    required property int severity

    function xOf(kb: real): real {
        return Math.max(0, Math.min(1, kb / gauge.scaleKb)) * track.width
    }

    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: gauge.label
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            // The bar is scaled to the watermarks (they are a small part of a zone), so how
            // full the zone is is said here, against its managed memory.
            text: isNaN(gauge.managedKb) || gauge.managedKb <= 0
                  ? qsTr("free %1").arg(MemoryFormat.size(gauge.freeKb))
                  : qsTr("free %1 of %2 (%3)").arg(MemoryFormat.size(gauge.freeKb))
                        .arg(MemoryFormat.size(gauge.managedKb))
                        .arg(MemoryFormat.percent(gauge.freeKb / gauge.managedKb))
        }
    }

    Rectangle {
        id: track
        Layout.fillWidth: true
        Layout.preferredHeight: 18
        color: gauge.palette.alternateBase
        border.color: gauge.palette.mid
        radius: 2

        Accessible.role: Accessible.ProgressBar
        Accessible.name: gauge.label + " " + gauge.verdict

        Rectangle {
            width: gauge.xOf(gauge.freeKb)
            height: parent.height
            radius: 2
            color: MemoryFormat.severityColor(gauge.severity)
            visible: !isNaN(gauge.freeKb)
        }
        Repeater {
            model: [
                { "kb": gauge.minKb, "name": qsTr("min") },
                { "kb": gauge.lowKb, "name": qsTr("low") },
                { "kb": gauge.highKb, "name": qsTr("high") }
            ]
            delegate: Rectangle {
                required property var modelData
                visible: !isNaN(modelData.kb)
                x: gauge.xOf(modelData.kb) - 1
                width: 2
                height: track.height + 6
                y: -3
                color: gauge.palette.text
            }
        }
        Rectangle {
            // What the failed allocation needed: min (adjusted) + lowmem reserve.
            visible: !isNaN(gauge.requiredKb)
            x: gauge.xOf(gauge.requiredKb) - 1
            width: 3
            height: track.height + 10
            y: -5
            color: MemoryFormat.severityColor(MemoryFormat.Critical)
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: 12
        Label {
            text: qsTr("min %1").arg(MemoryFormat.size(gauge.minKb))
            visible: !isNaN(gauge.minKb)
            font.pointSize: 9
        }
        Label {
            text: qsTr("low %1").arg(MemoryFormat.size(gauge.lowKb))
            visible: !isNaN(gauge.lowKb)
            font.pointSize: 9
        }
        Label {
            text: qsTr("high %1").arg(MemoryFormat.size(gauge.highKb))
            visible: !isNaN(gauge.highKb)
            font.pointSize: 9
        }
        Label {
            text: qsTr("boost %1").arg(MemoryFormat.size(gauge.boostKb))
            visible: !isNaN(gauge.boostKb) && gauge.boostKb > 0
            font.pointSize: 9
        }
        Label {
            text: qsTr("needed %1").arg(MemoryFormat.size(gauge.requiredKb))
            visible: !isNaN(gauge.requiredKb)
            font.pointSize: 9
            font.bold: true
        }
    }

    Label {
        Layout.fillWidth: true
        text: gauge.verdict
        visible: text.length > 0
        wrapMode: Text.Wrap
    }
}
