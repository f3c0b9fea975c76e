// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OomLens

// The log itself, one input at a time: search (next/previous, regular expressions), only the
// lines of OOM reports, go to a line, copy. Evidence links land here with the line marked.
Page {
    id: page

    required property SessionController session

    // Shows `line` of `input`, marked (an evidence link).
    function show(input: string, line: int) {
        inputBox.currentIndex = Math.max(0, page.session.logInputIndex(input));
        log.markedLine = line;
        lines.positionAtLine(line);
    }

    function find(forward: bool) {
        const from = lines.selectionFirst > 0 ? lines.selectionFirst
                                              : log.lineOfRow(lines.rowAt(lines.contentY));
        log.search(searchField.text, regexBox.checked, caseBox.checked, from, forward);
    }

    title: qsTr("Log")

    LogModel {
        id: log
        objectName: "logModel"
        source: inputBox.currentText
        reportSpans: page.session.reportSpans(source)
        reportsOnly: reportsOnlyBox.checked
        onFound: (line) => {
            lines.selectionFirst = line;
            lines.selectionLast = line;
            lines.positionAtLine(line);
        }
    }

    Shortcut {
        sequence: StandardShortcuts.find
        enabled: page.visible
        onActivated: searchField.forceActiveFocus()
    }
    Shortcut {
        sequence: StandardShortcuts.findNext
        enabled: page.visible
        onActivated: page.find(true)
    }
    Shortcut {
        sequence: StandardShortcuts.findPrevious
        enabled: page.visible
        onActivated: page.find(false)
    }
    Shortcut {
        sequence: "Ctrl+G"
        enabled: page.visible
        onActivated: lineField.forceActiveFocus()
    }

    header: ToolBar {
        GridLayout {
            anchors.fill: parent
            columns: page.width > 1100 ? 12 : 6
            ComboBox {
                id: inputBox
                Layout.fillWidth: true
                Layout.minimumWidth: 200
                Layout.columnSpan: 2
                model: page.session.logInputs
                Accessible.name: qsTr("Input")
            }
            TextField {
                id: searchField
                Layout.fillWidth: true
                Layout.minimumWidth: 160
                placeholderText: qsTr("Search (Ctrl+F)")
                Accessible.name: qsTr("Search the log")
                onAccepted: page.find(true)
            }
            ToolButton {
                text: qsTr("Previous")
                onClicked: page.find(false)
            }
            ToolButton {
                text: qsTr("Next")
                onClicked: page.find(true)
            }
            CheckBox {
                id: regexBox
                text: qsTr("Regular expression")
            }
            CheckBox {
                id: caseBox
                text: qsTr("Match case")
            }
            CheckBox {
                id: reportsOnlyBox
                text: qsTr("OOM reports only")
            }
            TextField {
                id: lineField
                Layout.preferredWidth: 110
                placeholderText: qsTr("Line (Ctrl+G)")
                validator: IntValidator {
                    bottom: 1
                }
                Accessible.name: qsTr("Go to line")
                onAccepted: {
                    const line = parseInt(text);
                    log.markedLine = line;
                    lines.positionAtLine(line);
                }
            }
            ToolButton {
                text: qsTr("Copy")
                enabled: lines.selectionFirst > 0
                Accessible.name: qsTr("Copy the selected lines")
                onClicked: log.copyLines(lines.selectionFirst, lines.selectionLast)
            }
        }
    }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            Label {
                text: log.status === LogModel.Indexing
                      ? qsTr("Indexing… %1 lines").arg(log.lineCount.toLocaleString(Qt.locale(), "f", 0))
                      : qsTr("%1 lines").arg(log.lineCount.toLocaleString(Qt.locale(), "f", 0))
            }
            Label {
                Layout.fillWidth: true
                text: log.searchMessage
                elide: Text.ElideRight
            }
            Label {
                visible: !log.highlighted
                text: qsTr("Plain text (this build has no syntax highlighting)")
                opacity: 0.7
            }
        }
    }

    LogView {
        id: lines
        objectName: "logLines"
        anchors.fill: parent
        log: log
        visible: log.status !== LogModel.Failed && page.session.logInputs.length > 0
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 640)
        visible: page.session.logInputs.length === 0 || log.status === LogModel.Failed
        title: log.status === LogModel.Failed ? qsTr("This input cannot be shown")
                                              : qsTr("No log to show yet")
        explanation: log.status === LogModel.Failed
                     ? log.errorString
                     : qsTr("Drop a log, a sosreport or a bundle here — or press Ctrl+O. Its "
                            + "lines appear here once it is read.")
    }
}
