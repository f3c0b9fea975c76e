// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A memory page's title and what it shows: the incident's moment or the live system.
ColumnLayout {
    id: header

    required property string title
    required property bool live
    property string subtitle
    // Live pages whose data is re-read at a cadence of their own (0: every second).
    property int updateSeconds: 0

    spacing: 2

    Label {
        text: header.title
        font.pointSize: 16
        font.bold: true
    }
    Label {
        Layout.fillWidth: true
        text: !header.live ? qsTr("At the incident, as the kernel's report shows it")
            : header.updateSeconds > 0
              ? qsTr("Now (live), updated every %1 s while this page is shown").arg(header.updateSeconds)
              : qsTr("Now (live), updated while this page is shown")
        color: header.palette.placeholderText
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: header.subtitle
        wrapMode: Text.Wrap
    }
}
