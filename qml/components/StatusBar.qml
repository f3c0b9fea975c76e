// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens

// Loading progress (bytes of the total, Cancel), what the live system reads, and messages.
ToolBar {
    id: bar

    required property SessionController session
    default property alias extra: row.data

    RowLayout {
        id: row
        anchors.fill: parent

        Label {
            visible: bar.session.loading
            text: bar.session.currentInput.length > 0
                  ? qsTr("Reading %1").arg(bar.session.currentInput) : qsTr("Reading…")
            elide: Text.ElideMiddle
            Layout.maximumWidth: 400
        }
        ProgressBar {
            visible: bar.session.loading
            Layout.fillWidth: true
            from: 0
            to: 1
            value: Math.max(0, bar.session.progress)
            indeterminate: bar.session.progress < 0
            Accessible.name: qsTr("Loading progress")
        }
        Label {
            visible: bar.session.loading && bar.session.bytesTotal > 0
            text: qsTr("%1 of %2 MiB").arg((bar.session.bytesDone / 1048576).toFixed(1))
                                      .arg((bar.session.bytesTotal / 1048576).toFixed(1))
        }
        Button {
            visible: bar.session.loading
            text: qsTr("Cancel")
            onClicked: bar.session.cancel()
        }
        Label {
            visible: !bar.session.loading && !bar.session.empty
            text: qsTr("%n incident(s)", "", bar.session.incidents.count)
        }
        Label {
            visible: !bar.session.loading && bar.session.live
            text: bar.session.liveSource.length > 0
                  ? qsTr("Following %1").arg(bar.session.liveSource) : ""
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Item {
            visible: !bar.session.live || bar.session.loading
            Layout.fillWidth: true
        }
    }
}
