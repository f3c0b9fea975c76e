// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Charts
import OomLens.Memory

// The free lists of one zone as a histogram over the buddy orders, the order of the
// failed allocation marked, with the answer to "could this order have been served?".
// For the Fragmentation page and the shell's incident page.
ColumnLayout {
    id: histogram

    property var incident
    property bool active: visible
    property bool showZoneSelector: true
    readonly property alias model: buddy

    spacing: 6

    BuddyModel {
        id: buddy
        incident: histogram.incident
        active: histogram.active
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Zone")
            visible: zoneBox.visible
        }
        ComboBox {
            id: zoneBox
            visible: histogram.showZoneSelector && buddy.zones.length > 1
            model: buddy.zones
            currentIndex: buddy.currentZone
            onActivated: index => buddy.zoneIndex = index
            Layout.preferredWidth: 220
        }
        Label {
            visible: !zoneBox.visible
            text: buddy.zoneLabel
            font.bold: true
        }
        Item {
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("free %1 · largest free order %2")
                      .arg(MemoryFormat.size(buddy.freeKb))
                      .arg(buddy.largestFreeOrder >= 0 ? buddy.largestFreeOrder : qsTr("none"))
        }
    }

    BuddyChart {
        Layout.fillWidth: true
        Layout.preferredHeight: 240
        visible: buddy.zones.length > 0
        model: buddy
        categories: buddy.orderLabels
        maxValue: buddy.maxMemoryMiB || 1 // NaN while nothing is known
        orderTitle: qsTr("Order (block of 2^order pages)")
        valueTitle: qsTr("MiB free")
        tooSmallColor: MemoryFormat.severityColor(MemoryFormat.Neutral)
        servingColor: MemoryFormat.severityColor(MemoryFormat.Ok)
    }

    Label {
        Layout.fillWidth: true
        visible: buddy.zones.length === 0
        text: histogram.incident ? qsTr("The report has no buddy free-list lines.")
                                 : qsTr("Reading /proc/buddyinfo…")
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        objectName: "buddyAnswer"
        visible: text.length > 0
        text: buddy.answer
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: buddy.order >= 0 && buddy.zones.length > 0
        text: qsTr("Order %1: unusable free index %2, fragmentation index %3")
                  .arg(buddy.order)
                  .arg(MemoryFormat.percent(buddy.unusableIndex))
                  .arg(isNaN(buddy.fragmentationIndex) ? "—"
                       : Number(buddy.fragmentationIndex).toLocaleString(Qt.locale(), "f", 3))
        wrapMode: Text.Wrap
    }
}
