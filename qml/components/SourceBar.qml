// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens

// The session's inputs as chips (× closes one), with Open and Export.
ToolBar {
    id: bar

    required property SessionController session
    readonly property string sourceTitle: session.live ? qsTr("Live system")
                                                       : session.inputsText
    signal openFile()
    signal exportRequested()

    RowLayout {
        anchors.fill: parent

        Flow {
            Layout.fillWidth: true
            spacing: 6

            Label {
                visible: bar.session.empty
                text: qsTr("No input open")
                opacity: 0.7
                topPadding: 6
            }
            Repeater {
                model: bar.session.openSources
                delegate: Button {
                    required property string modelData
                    readonly property bool isLive: modelData === "live"
                    flat: true
                    text: (isLive ? qsTr("Live system") : modelData.split("/").pop()) + "  ×"
                    ToolTip.visible: hovered
                    ToolTip.text: isLive ? bar.session.liveSource : modelData
                    Accessible.name: qsTr("Close %1").arg(isLive ? qsTr("Live system") : modelData)
                    onClicked: bar.session.closeInput(modelData)
                }
            }
        }
        ToolButton {
            text: qsTr("Open…")
            onClicked: bar.openFile()
        }
        ToolButton {
            text: qsTr("Export…")
            enabled: bar.session.incidents.count > 0
            onClicked: bar.exportRequested()
        }
    }
}
