// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Memory

// Cgroups: the memory cgroup tree with usage against each limit, the incident's cgroup
// and the one whose limit was hit marked (expanded to on open), or live with rows near
// their limit standing out and event counters that moved since the page opened flagged.
Item {
    id: page

    property var incident
    signal openWizard(string remedyId, var incident, var prefill)

    readonly property bool live: page.incident === undefined || page.incident === null
    readonly property bool ready: cgroups.count > 0 || !page.live
    readonly property int nameWidth: 300
    readonly property int barWidth: 220
    readonly property int numberWidth: 110

    CgroupTreeModel {
        id: cgroups
        incident: page.incident
        active: page.visible
        filterText: filter.text
        onTreeChanged: page.expandToIncident()
    }

    function expandToIncident() {
        tree.expand(0)
        const wanted = cgroups.incidentPath.length > 0 ? cgroups.incidentPath : cgroups.limitingPath
        if (wanted.length > 0)
            tree.expandToIndex(cgroups.indexOfPath(wanted))
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Cgroups")
            live: page.live
            updateSeconds: cgroups.updateIntervalSeconds
            subtitle: cgroups.summary
        }

        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: filter
                Layout.preferredWidth: 280
                placeholderText: qsTr("Filter by name or unit")
                Accessible.name: qsTr("Filter cgroups")
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Change limits…")
                enabled: cgroups.limitingPath.length > 0 || page.live
                onClicked: page.openWizard("limits", page.incident,
                                           { "cgroup": cgroups.limitingPath.length > 0
                                                       ? cgroups.limitingPath : cgroups.incidentPath })
            }
        }

        // Column titles over the tree's fixed columns.
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label { text: qsTr("Cgroup"); font.bold: true; Layout.preferredWidth: page.nameWidth }
            Label { text: qsTr("Usage / limit"); font.bold: true; Layout.preferredWidth: page.barWidth }
            Label { text: qsTr("memory.high"); font.bold: true; Layout.preferredWidth: page.numberWidth }
            Label { text: qsTr("Swap / limit"); font.bold: true; Layout.preferredWidth: page.numberWidth * 1.5 }
            Label { text: qsTr("oom / oom_kill"); font.bold: true; Layout.preferredWidth: page.numberWidth }
            Label { text: qsTr("Processes"); font.bold: true; Layout.preferredWidth: page.numberWidth * 0.8 }
            Label { text: qsTr("PSI some"); font.bold: true; Layout.fillWidth: true }
        }

        TreeView {
            id: tree
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: cgroups
            Component.onCompleted: page.expandToIncident()

            delegate: Item {
                id: cell

                required property TreeView treeView
                required property int row
                required property bool isTreeNode
                required property bool expanded
                required property bool hasChildren
                required property int depth
                required property string name
                required property string path
                required property string unit
                required property real usageKb
                required property real limitKb
                required property string limitText
                required property real fraction
                required property real highKb
                required property real swapKb
                required property real swapLimitKb
                required property int oom
                required property int oomKill
                required property int failcnt
                required property int processes
                required property real psiSome
                required property int severity
                required property int mark
                required property string markText
                required property bool moved

                implicitWidth: tree.width
                implicitHeight: 30

                Rectangle {
                    anchors.fill: parent
                    visible: cell.mark !== 0
                    color: cell.palette.highlight
                    opacity: 0.18
                }

                RowLayout {
                    anchors.fill: parent
                    spacing: 8

                    RowLayout {
                        Layout.preferredWidth: page.nameWidth
                        Layout.maximumWidth: page.nameWidth
                        spacing: 4
                        Item {
                            Layout.preferredWidth: cell.depth * 16
                        }
                        ToolButton {
                            Layout.preferredWidth: 24
                            Layout.preferredHeight: 24
                            visible: cell.hasChildren
                            text: cell.expanded ? "▾" : "▸"
                            Accessible.name: cell.expanded ? qsTr("Collapse") : qsTr("Expand")
                            onClicked: cell.treeView.toggleExpanded(cell.row)
                        }
                        Item {
                            Layout.preferredWidth: 24
                            visible: !cell.hasChildren
                        }
                        Label {
                            Layout.fillWidth: true
                            text: cell.unit.length > 0 && cell.unit !== cell.name
                                  ? qsTr("%1 (%2)").arg(cell.name).arg(cell.unit) : cell.name
                            elide: Text.ElideMiddle
                            font.bold: cell.mark !== 0
                            ToolTip.text: cell.path
                            ToolTip.visible: nameHover.hovered
                            HoverHandler {
                                id: nameHover
                            }
                        }
                    }
                    ColumnLayout {
                        Layout.preferredWidth: page.barWidth
                        Layout.maximumWidth: page.barWidth
                        spacing: 1
                        Rectangle {
                            Layout.fillWidth: true
                            Layout.preferredHeight: 6
                            color: cell.palette.alternateBase
                            border.color: cell.palette.mid
                            Rectangle {
                                width: isNaN(cell.fraction) ? 0 : Math.min(1, cell.fraction) * parent.width
                                height: parent.height
                                color: MemoryFormat.severityColor(cell.severity)
                            }
                        }
                        Label {
                            text: cell.markText.length > 0
                                  ? qsTr("%1 / %2 · %3").arg(MemoryFormat.size(cell.usageKb))
                                        .arg(cell.limitText).arg(cell.markText)
                                  : qsTr("%1 / %2").arg(MemoryFormat.size(cell.usageKb)).arg(cell.limitText)
                            font.pointSize: 8
                            font.bold: cell.mark !== 0
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        Layout.preferredWidth: page.numberWidth
                        text: MemoryFormat.size(cell.highKb)
                    }
                    Label {
                        Layout.preferredWidth: page.numberWidth * 1.5
                        text: qsTr("%1 / %2").arg(MemoryFormat.size(cell.swapKb))
                                             .arg(MemoryFormat.size(cell.swapLimitKb))
                    }
                    Label {
                        Layout.preferredWidth: page.numberWidth
                        text: cell.oom >= 0 || cell.oomKill >= 0
                              ? qsTr("%1 / %2").arg(cell.oom >= 0 ? cell.oom : "—")
                                               .arg(cell.oomKill >= 0 ? cell.oomKill : "—")
                              : (cell.failcnt >= 0 ? qsTr("failcnt %1").arg(cell.failcnt) : "—")
                        font.bold: cell.moved
                        color: cell.moved ? MemoryFormat.severityColor(MemoryFormat.Critical)
                                         : cell.palette.text
                    }
                    Label {
                        Layout.preferredWidth: page.numberWidth * 0.8
                        text: cell.processes >= 0 ? cell.processes : "—"
                    }
                    Label {
                        Layout.fillWidth: true
                        text: isNaN(cell.psiSome) ? "—" : qsTr("%1 %").arg(cell.psiSome)
                    }
                }
            }
        }
    }
}
