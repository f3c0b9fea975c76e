// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A short list of names with how many incidents involved each (the session summary).
ColumnLayout {
    id: list

    property alias title: heading.text
    property var entries: []

    visible: entries.length > 0

    SectionHeading {
        id: heading
    }
    Repeater {
        model: list.entries
        delegate: RowLayout {
            id: entry
            required property var modelData
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: entry.modelData.name
                elide: Text.ElideMiddle
            }
            Label {
                text: qsTr("%n time(s)", "", entry.modelData.count)
                opacity: 0.8
            }
        }
    }
}
