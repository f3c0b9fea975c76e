// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens

// A message across the top of the page (an input that failed, a new incident): it never
// blocks the window and can be dismissed.
Rectangle {
    id: banner

    property alias text: label.text
    property string severity: "info"
    signal dismissed()

    implicitHeight: row.implicitHeight + 12
    color: Severity.tint(severity)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Rectangle {
        width: 4
        height: parent.height
        color: Severity.color(banner.severity)
    }
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 6
        Label {
            text: Severity.label(banner.severity)
            font.bold: true
            color: Severity.color(banner.severity)
        }
        Label {
            id: label
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        ToolButton {
            text: qsTr("Dismiss")
            Accessible.name: qsTr("Dismiss this message")
            onClicked: banner.dismissed()
        }
    }
}
