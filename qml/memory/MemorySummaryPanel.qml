// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Charts
import OomLens.Memory

// Memory at a glance — MemAvailable, swap, PSI some/full, OOM kills — with five minutes
// of history live; for an incident the report's free memory and swap. For the Memory page
// and the shell's Overview.
ColumnLayout {
    id: panel

    property var incident
    property bool active: visible
    property bool showHistory: true
    readonly property alias summary: summary

    spacing: 8

    MemorySummary {
        id: summary
        incident: panel.incident
        active: panel.active
    }

    GridLayout {
        Layout.fillWidth: true
        columns: summary.live ? 4 : 2
        columnSpacing: 24
        rowSpacing: 2

        Label {
            text: summary.live ? qsTr("MemAvailable") : qsTr("Free")
            color: panel.palette.placeholderText
        }
        Label {
            text: qsTr("Swap used")
            color: panel.palette.placeholderText
        }
        Label {
            text: qsTr("Pressure some / full (avg10)")
            color: panel.palette.placeholderText
            visible: summary.live
        }
        Label {
            text: qsTr("OOM kills since boot")
            color: panel.palette.placeholderText
            visible: summary.live
        }

        Label {
            objectName: "availableValue"
            font.pointSize: 14
            readonly property double shownKb: summary.live ? summary.memAvailableKb
                                                           : summary.memFreeKb
            text: isNaN(shownKb) && isNaN(summary.memTotalKb)
                  ? MemoryFormat.size(shownKb)
                  : qsTr("%1 of %2").arg(MemoryFormat.size(shownKb))
                                    .arg(MemoryFormat.size(summary.memTotalKb))
        }
        Label {
            font.pointSize: 14
            // Unknown (NaN) when the report has no Mem-Info: not the same as no swap.
            text: isNaN(summary.swapTotalKb) ? MemoryFormat.size(summary.swapTotalKb)
                  : summary.swapTotalKb > 0
                  ? qsTr("%1 of %2").arg(MemoryFormat.size(summary.swapUsedKb))
                                    .arg(MemoryFormat.size(summary.swapTotalKb))
                  : qsTr("no swap")
        }
        Label {
            visible: summary.live
            font.pointSize: 14
            text: qsTr("%1 % / %2 %").arg(Number(summary.psiSome).toLocaleString(Qt.locale(), "f", 2))
                                      .arg(Number(summary.psiFull).toLocaleString(Qt.locale(), "f", 2))
        }
        Label {
            visible: summary.live
            font.pointSize: 14
            text: MemoryFormat.number(summary.oomKills)
        }
    }

    SourceNote {
        Layout.fillWidth: true
        text: summary.note
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.preferredHeight: 180
        visible: summary.live && panel.showHistory
        spacing: 8

        HistoryChart {
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: summary.memoryHistory
            firstName: qsTr("MemAvailable (GiB)")
            secondName: qsTr("Swap used (GiB)")
            showSecond: summary.swapTotalKb > 0
            // Unknown totals are NaN: a NaN range would leave the axis unset.
            maxValue: Math.max(summary.memTotalKb || 0, summary.swapTotalKb || 0, 1048576) / 1048576
            firstColor: MemoryFormat.severityColor(MemoryFormat.Ok)
            secondColor: MemoryFormat.severityColor(MemoryFormat.Warning)
        }
        HistoryChart {
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: summary.pressureHistory
            firstName: qsTr("Memory pressure some (%)")
            secondName: qsTr("Memory pressure full (%)")
            // Percent of wall time; the axis grows past 10 % only when the stall does.
            maxValue: Math.max(10, (summary.pressureHistory.maxY || 0) * 1.2)
            firstColor: MemoryFormat.severityColor(MemoryFormat.Warning)
            secondColor: MemoryFormat.severityColor(MemoryFormat.Critical)
        }
    }
}
