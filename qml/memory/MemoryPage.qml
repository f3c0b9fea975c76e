// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Memory

// Memory: a watermark gauge per node and zone, with the kernel's watermark check replayed
// for an incident's failed allocation, or live (moving every second) with MemAvailable,
// swap and pressure above.
ScrollView {
    id: page

    property var incident
    signal openWizard(string remedyId, var incident, var prefill)

    readonly property bool live: page.incident === undefined || page.incident === null
    // Something to show: the zones read (live) or the report's (incident).
    readonly property bool ready: zones.count > 0 || !page.live

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: page.availableWidth - 24
        x: 12
        spacing: 12

        PageHeader {
            Layout.fillWidth: true
            Layout.topMargin: 12
            title: qsTr("Memory")
            live: page.live
            subtitle: zones.allocation.length > 0
                      ? qsTr("The allocation that failed: %1").arg(zones.allocation) : ""
        }

        MemorySummaryPanel {
            Layout.fillWidth: true
            incident: page.incident
            active: page.visible
        }

        ZoneModel {
            id: zones
            incident: page.incident
            active: page.visible
        }

        Label {
            Layout.fillWidth: true
            objectName: "watermarkSummary"
            text: zones.summary
            wrapMode: Text.Wrap
            font.bold: !page.live
        }

        Repeater {
            model: zones
            delegate: ZoneGauge {
                Layout.fillWidth: true
            }
        }

        Label {
            Layout.fillWidth: true
            // For an incident the summary above already says why there are no zones.
            visible: page.live && zones.count === 0
            text: qsTr("Reading /proc/zoneinfo…")
            wrapMode: Text.Wrap
        }
        Item {
            Layout.preferredHeight: 12
        }
    }
}
