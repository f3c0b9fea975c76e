// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens

// The answer first: how many OOMs, when, why (the leading causes with what to do), and who
// keeps being killed.
Page {
    id: page

    required property SessionController session
    readonly property SessionOverview overview: session.overview
    signal incidentActivated(string id)
    signal openFile()
    signal openLive()

    title: qsTr("Overview")

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 640)
        visible: page.session.empty
        title: qsTr("Nothing open yet")
        explanation: qsTr("Drop a log, a sosreport or a bundle here — or press Ctrl+O. "
                          + "OOM Lens finds every out-of-memory kill in it and explains why "
                          + "it happened.")
        Button {
            text: qsTr("Open…")
            onClicked: page.openFile()
        }
        Button {
            text: qsTr("Open the Live System")
            onClicked: page.openLive()
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 640)
        visible: !page.session.empty && page.overview.incidents === 0
        title: page.session.loading ? qsTr("Looking for OOM incidents…")
                                    : qsTr("No OOM incidents found")
        explanation: page.session.loading
                     ? qsTr("Incidents appear here as soon as they are found.")
                     : page.session.live
                       ? qsTr("The kernel log since boot holds no OOM kill. OOM Lens keeps "
                              + "watching: a new one appears here at once.")
                       : qsTr("These inputs hold no OOM kill, earlyoom or systemd-oomd kill "
                              + "and no allocation failure. Drop another log, or open the "
                              + "live system.")
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        visible: page.overview.incidents > 0
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 32
            x: 16
            spacing: 12

            Label {
                Layout.topMargin: 16
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                FontMetrics {
                    id: applicationFont
                }
                font.pointSize: applicationFont.font.pointSize * 1.8
                text: qsTr("%n OOM incident(s)", "", page.overview.incidents)
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: page.overview.kernelOoms + page.overview.userspaceKills
                         + page.overview.allocFailures > 0
                text: qsTr("%1 by the kernel's OOM killer, %2 by a userspace killer, "
                           + "%3 allocation failures")
                      .arg(page.overview.kernelOoms).arg(page.overview.userspaceKills)
                      .arg(page.overview.allocFailures)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: page.overview.first === page.overview.last
                      ? qsTr("On %1").arg(page.overview.first)
                      : qsTr("From %1 to %2").arg(page.overview.first).arg(page.overview.last)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: text.length > 0
                text: page.overview.perDay
                opacity: 0.8
            }

            SectionHeading {
                text: qsTr("Leading causes")
                visible: page.overview.causes.length > 0
            }
            Repeater {
                model: page.overview.causes
                delegate: Rectangle {
                    id: causeCard
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: causeColumn.implicitHeight + 16
                    color: Severity.tint(modelData.severity)
                    radius: 4

                    Rectangle {
                        width: 4
                        height: parent.height
                        color: Severity.color(causeCard.modelData.severity)
                    }
                    ColumnLayout {
                        id: causeColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: 8
                        anchors.leftMargin: 14
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            font.bold: true
                            //: A leading cause: how many incidents had it, and its name.
                            text: qsTr("%1 × %2").arg(causeCard.modelData.count)
                                                 .arg(causeCard.modelData.title)
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: causeCard.modelData.summary
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            visible: text.length > 0
                            text: causeCard.modelData.advice
                            opacity: 0.85
                        }
                        Button {
                            text: qsTr("Show the latest")
                            Accessible.name: qsTr("Show the latest incident with this cause")
                            onClicked: page.incidentActivated(causeCard.modelData.incidentId)
                        }
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.width > 900 ? 3 : 1
                columnSpacing: 24
                RecurringList {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Processes killed most")
                    entries: page.overview.victims
                }
                RecurringList {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Cgroups involved most")
                    entries: page.overview.cgroups
                }
                RecurringList {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Units affected most")
                    entries: page.overview.units
                }
            }
            Item {
                implicitHeight: 16
            }
        }
    }
}
