// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The page list on the left: one entry per PageSlot of the window's StackLayout.
Pane {
    id: sidebar

    required property StackLayout pages

    padding: 0
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Pages")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Repeater {
            model: sidebar.pages.children
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                text: modelData.title
                highlighted: sidebar.pages.currentIndex === index
                Accessible.name: text
                onClicked: sidebar.pages.currentIndex = index
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
