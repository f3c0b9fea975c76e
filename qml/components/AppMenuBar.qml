// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import OomLens

// The menus, and with them every action's keyboard shortcut.
MenuBar {
    id: bar

    required property var window
    required property Exporter exporter

    signal openFile()
    signal openFolder()
    signal exportRequested(bool incidentOnly)

    Menu {
        title: qsTr("&File")
        Action {
            text: qsTr("&Open…")
            shortcut: StandardShortcuts.open
            onTriggered: bar.openFile()
        }
        Action {
            text: qsTr("Open &Folder…")
            shortcut: "Ctrl+Shift+O"
            onTriggered: bar.openFolder()
        }
        Action {
            text: qsTr("Open the &Live System")
            onTriggered: bar.window.session.openLive()
        }
        Menu {
            id: recentMenu
            title: qsTr("Open &Recent")
            enabled: AppSettings.recentFiles.length > 0
            Instantiator {
                model: AppSettings.recentFiles
                delegate: MenuItem {
                    required property string modelData
                    text: modelData
                    onTriggered: bar.window.session.openPaths([modelData])
                }
                onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => recentMenu.removeItem(object)
            }
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Reload")
            shortcut: StandardShortcuts.refresh
            enabled: !bar.window.session.empty
            onTriggered: bar.window.session.reload()
        }
        Action {
            text: qsTr("&Cancel Loading")
            shortcut: "Esc"
            enabled: bar.window.session.loading
            onTriggered: bar.window.session.cancel()
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Export Session…")
            shortcut: "Ctrl+Shift+E"
            enabled: bar.window.session.incidents.count > 0
            onTriggered: bar.exportRequested(false)
        }
        Action {
            text: qsTr("Export &Incident…")
            shortcut: "Ctrl+E"
            enabled: bar.window.session.selectedId.length > 0
            onTriggered: bar.exportRequested(true)
        }
        Action {
            text: qsTr("Copy Incident as &Text")
            shortcut: StandardShortcuts.copy
            enabled: bar.window.session.selectedId.length > 0
            onTriggered: bar.exporter.copyAsText(bar.window.session.selectedIncident, false)
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Close")
            shortcut: StandardShortcuts.close
            enabled: !bar.window.session.empty
            onTriggered: bar.window.session.closeAll()
        }
        Action {
            text: qsTr("&Quit")
            shortcut: StandardShortcuts.quit
            onTriggered: Qt.quit()
        }
    }
    Menu {
        id: viewMenu
        title: qsTr("&View")
        Instantiator {
            model: bar.window.pages.children
            delegate: MenuItem {
                id: pageItem
                required property var modelData
                required property int index
                // Ctrl+1 … for the pages in sidebar order.
                action: Action {
                    text: pageItem.modelData.title
                    shortcut: "Ctrl+" + (pageItem.index + 1)
                    onTriggered: bar.window.pages.currentIndex = pageItem.index
                }
            }
            onObjectAdded: (index, object) => viewMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => viewMenu.removeItem(object)
        }
    }
}
