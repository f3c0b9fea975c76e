// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A heading and its lines as a bulleted list (the plan's why, reasoning, log).
ColumnLayout {
    id: list
    required property string heading
    required property var lines

    spacing: 4
    visible: list.lines.length > 0
    Label {
        text: list.heading
        font.bold: true
    }
    Repeater {
        model: list.lines
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            Layout.leftMargin: 12
            text: "\u2022 " + modelData
            wrapMode: Text.Wrap
        }
    }
}
