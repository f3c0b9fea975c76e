// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Memory

// Processes: the kernel's victim ranking as a sortable, filterable table — an incident's
// task table with the actual victim marked, or every process now with the next victim —
// and the what-if: edit any oom_score_adj (or remove a row) and the engine ranks again.
Item {
    id: page

    property var incident
    signal openWizard(string remedyId, var incident, var prefill)

    readonly property bool live: page.incident === undefined || page.incident === null
    readonly property bool ready: victims.ready
    readonly property alias victims: victims
    property real editedPid: NaN

    VictimModel {
        id: victims
        incident: page.incident
        active: page.visible
    }
    VictimSortModel {
        id: ranked
        victims: victims
        filterText: filter.text
    }

    // Header labels are bold; a column is never narrower than its translated label.
    FontMetrics {
        id: headerFont
        font.bold: true
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Processes")
            live: page.live
            updateSeconds: victims.updateIntervalSeconds
        }

        Label {
            Layout.fillWidth: true
            objectName: "headline"
            text: victims.headline
            font.pointSize: 13
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "whatIfText"
            visible: text.length > 0
            text: victims.whatIfText
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: filter
                Layout.preferredWidth: 240
                placeholderText: qsTr("Filter by name, pid or cgroup")
                Accessible.name: qsTr("Filter processes")
            }
            Button {
                text: qsTr("How is this ranked?")
                checkable: true
                checked: explanation.visible
                onToggled: explanation.visible = checked
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Undo what-if")
                enabled: victims.whatIfActive
                onClicked: {
                    victims.resetWhatIf()
                    page.editedPid = NaN
                }
            }
            Button {
                text: qsTr("Apply with the OOM priority wizard…")
                enabled: !isNaN(page.editedPid)
                onClicked: page.openWizard("oom-priority", page.incident, victims.prefill(page.editedPid))
            }
        }

        Label {
            id: explanation
            Layout.fillWidth: true
            visible: false
            text: victims.explanation
            wrapMode: Text.Wrap
            color: page.palette.text
        }

        HorizontalHeaderView {
            id: header
            Layout.fillWidth: true
            syncView: table
            clip: true
            delegate: Rectangle {
                id: headerCell
                required property string display
                required property int column
                implicitHeight: 30
                implicitWidth: 80
                color: page.palette.button
                border.color: page.palette.mid
                Label {
                    anchors.fill: parent
                    anchors.margins: 4
                    verticalAlignment: Text.AlignVCenter
                    text: ranked.sortedColumn === headerCell.column
                          ? (ranked.descending ? qsTr("%1 ▼") : qsTr("%1 ▲")).arg(headerCell.display)
                          : headerCell.display
                    font.bold: true
                    elide: Text.ElideRight
                }
                TapHandler {
                    onTapped: ranked.sortBy(headerCell.column)
                }
            }
        }

        TableView {
            id: table
            objectName: "victimTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: ranked
            boundsBehavior: Flickable.StopAtBounds
            columnSpacing: 0
            rowSpacing: 0
            // Rank, PID, Name, UID, Points, oom_score ×2, oom_score_adj, RSS, Swap, Page
            // tables, Cgroup, Status: wide enough for the Japanese and Chinese titles.
            columnWidthProvider: column => Math.max(
                [60, 80, 150, 60, 100, 120, 120, 170, 100, 90, 100, 200, 240][column],
                // 8 px of margins, and room for the sort arrow.
                Math.ceil(headerFont.advanceWidth(
                    String(ranked.headerData(column, Qt.Horizontal)) + " ▼")) + 8)
            ScrollBar.vertical: ScrollBar {}
            ScrollBar.horizontal: ScrollBar {}

            delegate: Rectangle {
                id: cell
                required property var display
                required property int row
                required property int column
                required property bool numeric
                required property real pid
                required property int adj
                required property bool eligible
                required property bool killed
                required property bool predicted
                required property bool changed
                implicitHeight: 30
                color: cell.killed || cell.predicted ? page.palette.highlight
                     : cell.row % 2 ? page.palette.alternateBase : page.palette.base
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 6
                    anchors.rightMargin: 6
                    visible: cell.column !== VictimModel.AdjColumn
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: cell.numeric ? Text.AlignRight : Text.AlignLeft
                    text: cell.display
                    elide: Text.ElideRight
                    font.italic: !cell.eligible
                    font.bold: cell.killed || cell.predicted
                    color: cell.killed || cell.predicted ? page.palette.highlightedText
                         : cell.eligible ? page.palette.text : page.palette.placeholderText
                }
                // The oom_score_adj cells show an editor. (A Loader would create it only
                // there, but Qt 6.4 refuses a bound component inside a delegate.)
                RowLayout {
                        anchors.fill: parent
                        visible: cell.column === VictimModel.AdjColumn
                        spacing: 2
                        SpinBox {
                            objectName: "adjEditor"
                            readonly property real pid: cell.pid
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            from: -1000
                            to: 1000
                            stepSize: 100
                            editable: true
                            value: cell.adj
                            font.bold: cell.changed
                            Accessible.name: qsTr("oom_score_adj of pid %1").arg(cell.pid)
                            onValueModified: {
                                page.editedPid = cell.pid
                                victims.setOomScoreAdj(cell.pid, value)
                            }
                        }
                        ToolButton {
                            text: "×"
                            Layout.fillHeight: true
                            Accessible.name: qsTr("Remove pid %1 from the ranking").arg(cell.pid)
                            ToolTip.text: qsTr("What if this process were not there")
                            ToolTip.visible: hovered
                            onClicked: victims.removeTask(cell.pid)
                        }
                }
            }
        }
        SourceNote {
            Layout.fillWidth: true
            text: page.live ? qsTr("Ranked as for a global OOM (all of RAM and swap); a cgroup OOM ranks only that cgroup's processes.")
                            : ""
        }
    }
}
