// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens

// The incidents: a sortable, filterable table; Enter or a double click opens one.
Page {
    id: page

    required property SessionController session
    signal evidenceActivated(string input, int line)
    signal remedyRequested(string remedyId)

    function showDetail() {
        stack.currentIndex = 1;
    }
    function showList() {
        stack.currentIndex = 0;
    }

    title: qsTr("Incidents")

    IncidentFilterModel {
        id: filtered
        sourceModel: page.session.incidents
        filterText: filterField.text
    }

    StackLayout {
        id: stack
        anchors.fill: parent

        ColumnLayout {
            spacing: 0

            ToolBar {
                Layout.fillWidth: true
                RowLayout {
                    anchors.fill: parent
                    TextField {
                        id: filterField
                        Layout.fillWidth: true
                        placeholderText: qsTr("Filter by process, cgroup, unit or cause")
                        Accessible.name: qsTr("Filter incidents")
                    }
                    Label {
                        text: qsTr("%1 of %2").arg(filtered.count).arg(page.session.incidents.count)
                    }
                }
            }

            // Anchored, not in the ColumnLayout: the header learns its height from its first
            // delegate, and on Qt 6.4 a layout that is hidden then (the detail page was
            // shown) keeps the header at height 0 once it is shown again.
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                HorizontalHeaderView {
                    id: headerView
                    objectName: "incidentsHeader"
                    anchors.left: parent.left
                    anchors.right: parent.right
                    syncView: table
                    clip: true
                    // Not a button: AbstractButton's `display` is FINAL and collides with the role.
                    delegate: Rectangle {
                        id: headerCell
                        objectName: "incidentsHeaderCell"
                        required property string display
                        required property int column
                        implicitWidth: headerLabel.implicitWidth + 20
                        implicitHeight: headerLabel.implicitHeight + 14
                        color: palette.button
                        Accessible.role: Accessible.ColumnHeader
                        Accessible.name: qsTr("Sort by %1").arg(display)
                        Label {
                            id: headerLabel
                            anchors.fill: parent
                            anchors.leftMargin: 10
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideRight
                            font.bold: true
                            text: headerCell.display + (filtered.sortedColumn === headerCell.column
                                                        ? (filtered.ascending ? "  ▲" : "  ▼") : "")
                        }
                        TapHandler {
                            onTapped: filtered.sortBy(headerCell.column)
                        }
                    }
                }

                TableView {
                    id: table
                    objectName: "incidentsTable"
                    anchors.top: headerView.bottom
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    clip: true
                    model: filtered
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Table
                    Accessible.name: qsTr("Incidents")
                    // Time, killer, victim, cgroup: their text; the cause takes what is left.
                    columnWidthProvider: (column) => {
                        const fixed = [200, 110, 170, 230];
                        if (column < fixed.length)
                            return fixed[column];
                        return Math.max(260, table.width - 710);
                    }
                    Keys.onReturnPressed: page.showDetail()
                    Keys.onUpPressed: page.session.select(filtered.idAt(
                        Math.max(0, filtered.rowOfId(page.session.selectedId) - 1)))
                    Keys.onDownPressed: page.session.select(filtered.idAt(
                        Math.min(filtered.count - 1, filtered.rowOfId(page.session.selectedId) + 1)))

                    delegate: Rectangle {
                        id: cell
                        required property string display
                        required property string incidentId
                        required property string severity
                        required property int column
                        readonly property bool selected: incidentId === page.session.selectedId
                        implicitHeight: cellLabel.implicitHeight + 14
                        color: selected ? palette.highlight : "transparent"

                        Rectangle {
                            visible: cell.column === 0
                            width: 4
                            height: parent.height
                            color: Severity.color(cell.severity)
                        }
                        Label {
                            id: cellLabel
                            anchors.fill: parent
                            anchors.leftMargin: 10
                            anchors.rightMargin: 6
                            verticalAlignment: Text.AlignVCenter
                            text: cell.display
                            elide: Text.ElideRight
                            color: cell.selected ? palette.highlightedText : palette.text
                        }
                        TapHandler {
                            onTapped: page.session.select(cell.incidentId)
                            onDoubleTapped: page.showDetail()
                        }
                    }
                }
            }
        }

        IncidentPage {
            session: page.session
            onBack: page.showList()
            onEvidenceActivated: (input, line) => page.evidenceActivated(input, line)
            onRemedyRequested: (remedyId) => page.remedyRequested(remedyId)
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 640)
        visible: page.session.incidents.count === 0
        title: page.session.empty ? qsTr("No incidents yet") : qsTr("No OOM incidents found")
        explanation: qsTr("Drop a log, a sosreport or a bundle here — or press Ctrl+O.")
    }
}
