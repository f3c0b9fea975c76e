// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Charts
import OomLens.Memory

// Fragmentation: the buddy free lists of each zone per order, the failed order marked and
// answered for; the kernel's indices per order; live, their history and "compact now".
ScrollView {
    id: page

    property var incident
    signal openWizard(string remedyId, var incident, var prefill)

    readonly property bool live: page.incident === undefined || page.incident === null
    readonly property bool ready: histogram.model.zones.length > 0 || !page.live

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: page.availableWidth - 24
        x: 12
        spacing: 12

        PageHeader {
            Layout.fillWidth: true
            Layout.topMargin: 12
            title: qsTr("Fragmentation")
            live: page.live
            subtitle: histogram.model.orderIsFailed
                      ? qsTr("The failed allocation asked for order %1: %2 contiguous pages.")
                            .arg(histogram.model.order)
                            .arg(Math.pow(2, histogram.model.order))
                      : ""
        }

        RowLayout {
            Layout.fillWidth: true
            visible: page.live
            Label {
                text: qsTr("Order to assess")
            }
            SpinBox {
                from: 0
                to: 10
                value: histogram.model.order
                onValueModified: histogram.model.order = value
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Compact now…")
                onClicked: page.openWizard("compaction", undefined, { "zone": histogram.model.zoneLabel })
            }
        }

        ZoneBuddyHistogram {
            id: histogram
            Layout.fillWidth: true
            incident: page.incident
            active: page.visible
        }

        // The table under the chart: every number of the chart, and the indices per order.
        GridLayout {
            Layout.fillWidth: true
            columns: 6
            columnSpacing: 16
            rowSpacing: 2
            visible: histogram.model.zones.length > 0

            Label { text: qsTr("Order"); font.bold: true }
            Label { text: qsTr("Free blocks"); font.bold: true; Layout.alignment: Qt.AlignRight }
            Label { text: qsTr("Block size"); font.bold: true; Layout.alignment: Qt.AlignRight }
            Label { text: qsTr("Free memory"); font.bold: true; Layout.alignment: Qt.AlignRight }
            Label { text: qsTr("Unusable index"); font.bold: true; Layout.alignment: Qt.AlignRight }
            Label { text: qsTr("Migrate types"); font.bold: true; Layout.fillWidth: true }

            Repeater {
                model: histogram.model
                delegate: Label {
                    required property int order
                    required property bool isOrder
                    Layout.row: order + 1
                    Layout.column: 0
                    text: isOrder ? qsTr("%1 (failed)").arg(order) : order
                    font.bold: isOrder
                }
            }
            Repeater {
                model: histogram.model
                delegate: Label {
                    required property int order
                    required property var count
                    Layout.row: order + 1
                    Layout.column: 1
                    Layout.alignment: Qt.AlignRight
                    text: MemoryFormat.number(count)
                }
            }
            Repeater {
                model: histogram.model
                delegate: Label {
                    required property int order
                    required property var blockKb
                    Layout.row: order + 1
                    Layout.column: 2
                    Layout.alignment: Qt.AlignRight
                    text: MemoryFormat.size(blockKb)
                }
            }
            Repeater {
                model: histogram.model
                delegate: Label {
                    required property int order
                    required property real memoryKb
                    Layout.row: order + 1
                    Layout.column: 3
                    Layout.alignment: Qt.AlignRight
                    text: MemoryFormat.size(memoryKb)
                }
            }
            Repeater {
                model: histogram.model
                delegate: Label {
                    required property int order
                    required property real unusableIndex
                    Layout.row: order + 1
                    Layout.column: 4
                    Layout.alignment: Qt.AlignRight
                    text: MemoryFormat.percent(unusableIndex)
                }
            }
            Repeater {
                model: histogram.model
                delegate: Label {
                    required property int order
                    required property string migrateTypes
                    Layout.row: order + 1
                    Layout.column: 5
                    text: migrateTypes
                }
            }
        }

        Label {
            text: qsTr("History")
            font.bold: true
            visible: page.live
        }
        HistoryChart {
            Layout.fillWidth: true
            Layout.preferredHeight: 200
            visible: page.live
            model: histogram.model.history
            firstName: qsTr("Largest free order")
            secondName: qsTr("Unusable free index at order %1 (×10)").arg(histogram.model.order)
            maxValue: 11
            valueFormat: "%.0f"
            firstColor: MemoryFormat.severityColor(MemoryFormat.Ok)
            secondColor: MemoryFormat.severityColor(MemoryFormat.Warning)
        }
        Item {
            Layout.preferredHeight: 12
        }
    }
}
