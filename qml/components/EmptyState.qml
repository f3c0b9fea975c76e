// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What a page says when it has nothing to show: what to do about it, never just "empty".
ColumnLayout {
    property alias title: heading.text
    property alias explanation: body.text
    default property alias actions: buttons.data

    spacing: 12

    Label {
        id: heading
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        FontMetrics {
            id: applicationFont
        }
        font.pointSize: applicationFont.font.pointSize * 1.5
    }
    Label {
        id: body
        Layout.fillWidth: true
        Layout.maximumWidth: 600
        Layout.alignment: Qt.AlignHCenter
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        opacity: 0.8
    }
    RowLayout {
        id: buttons
        Layout.alignment: Qt.AlignHCenter
    }
}
