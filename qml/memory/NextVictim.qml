// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens.Memory

// Who the kernel would kill now (a global OOM on the live system), with the next few in
// line. For the Overview; the Processes page has the full table and the what-if.
ColumnLayout {
    id: next

    property bool active: visible
    property int shown: 5

    spacing: 4

    VictimModel {
        id: victims
        active: next.active
    }
    VictimSortModel {
        id: ranked
        victims: victims
    }

    Label {
        Layout.fillWidth: true
        objectName: "nextVictimHeadline"
        text: victims.headline
        font.bold: true
        wrapMode: Text.Wrap
    }
    ListView {
        Layout.fillWidth: true
        Layout.preferredHeight: contentHeight
        interactive: false
        model: ranked
        delegate: Label {
            required property int index
            required property string summary
            required property bool predicted
            width: ListView.view.width
            visible: index < next.shown
            height: visible ? implicitHeight : 0
            text: summary
            font.bold: predicted
            elide: Text.ElideRight
        }
    }
}
