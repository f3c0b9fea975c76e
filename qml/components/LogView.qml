// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import OomLens

// The lines of a LogModel: one painted item (LogLinesItem) shows the rows in view, which
// all have one height, so a view over millions of lines scrolls and jumps without measuring
// them; the line numbers, the highlighted text; report lines and the marked line stand out.
// A click or Up/Down selects a line, Shift+click or Shift+Up/Down a range, Ctrl+C copies
// it; Page Up/Down and Ctrl+Home/End scroll.
Flickable {
    id: view

    required property LogModel log
    property int selectionFirst: 0
    property int selectionLast: 0
    readonly property real rowHeight: lines.rowHeight
    readonly property int count: lines.rowCount
    // Rows in view wait for their text (read on the model's reader thread).
    readonly property bool reading: lines.reading

    // The row at `y` in content coordinates; -1 past the last row.
    function rowAt(y: real): int {
        return lines.rowAt(y);
    }

    // Centres `line` in the view. While the log is still being indexed the view may not
    // have the rows after it yet, and while its page is hidden it has no height (either way
    // centring would leave the line at the edge), so the line waits in pendingLine.
    property real pendingLine: 0
    function positionAtLine(line: int) {
        pendingLine = line;
        placePendingLine();
    }
    function placePendingLine() {
        if (pendingLine <= 0)
            return;
        const row = log.rowOfLine(pendingLine);
        const settled = log.status === LogModel.Ready || log.status === LogModel.Failed;
        const rowsBelow = Math.ceil(height / rowHeight / 2);
        // A hidden view (the Log page not shown yet) has no height to centre in.
        if (row < 0 || height <= 0 || !visible || (!settled && row + rowsBelow >= count))
            return;
        scrollTo(row * rowHeight - (height - rowHeight) / 2);
        pendingLine = 0;
    }
    function scrollTo(y: real) {
        contentY = Math.max(0, Math.min(y, contentHeight - height));
    }
    onCountChanged: placePendingLine()
    onHeightChanged: placePendingLine()
    onVisibleChanged: placePendingLine()
    Connections {
        target: view.log
        function onStatusChanged() {
            view.placePendingLine();
        }
    }

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {
        minimumSize: 0.02
    }
    ScrollBar.horizontal: ScrollBar {}
    flickableDirection: Flickable.AutoFlickIfNeeded
    contentHeight: count * rowHeight
    contentWidth: Math.max(width, lines.contentWidth)
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Log lines")
    // What a screen reader reads: the selected lines (the first few of a long selection).
    Accessible.description: selectionFirst > 0
                            ? log.text(selectionFirst, Math.min(selectionLast, selectionFirst + 9))
                            : ""

    // With lines selected, Copy (Ctrl+C) copies them, not the incident (the menu's Copy).
    Keys.onShortcutOverride: (event) => {
        event.accepted = event.matches(StandardKey.Copy) && selectionFirst > 0;
    }
    // Up/Down move the selected line (from the first line in view when none is selected),
    // Shift+Up/Down extend the selection; the view follows. Page Up/Down and Ctrl+Home/End
    // scroll without touching it.
    function moveSelection(step: int, extend: bool) {
        let row;
        if (selectionFirst <= 0)
            row = Math.max(0, rowAt(contentY + rowHeight - 1));
        else
            row = Math.max(0, Math.min(count - 1,
                                       log.rowOfLine(step > 0 ? selectionLast : selectionFirst) + step));
        const line = log.lineOfRow(row);
        if (line <= 0)
            return;
        if (extend && selectionFirst > 0) {
            selectionFirst = Math.min(selectionFirst, line);
            selectionLast = Math.max(selectionLast, line);
        } else {
            selectionFirst = line;
            selectionLast = line;
        }
        if (row * rowHeight < contentY)
            scrollTo(row * rowHeight);
        else if ((row + 1) * rowHeight > contentY + height)
            scrollTo((row + 1) * rowHeight - height);
    }
    Keys.onPressed: (event) => {
        const page = Math.max(rowHeight, height - rowHeight);
        const extend = (event.modifiers & Qt.ShiftModifier) !== 0;
        if (event.matches(StandardKey.Copy) && selectionFirst > 0)
            log.copyLines(selectionFirst, selectionLast);
        else if (event.key === Qt.Key_Down)
            moveSelection(1, extend);
        else if (event.key === Qt.Key_Up)
            moveSelection(-1, extend);
        else if (event.key === Qt.Key_PageDown)
            scrollTo(contentY + page);
        else if (event.key === Qt.Key_PageUp)
            scrollTo(contentY - page);
        else if (event.key === Qt.Key_End && (event.modifiers & Qt.ControlModifier))
            scrollTo(contentHeight);
        else if (event.key === Qt.Key_Home && (event.modifiers & Qt.ControlModifier))
            scrollTo(0);
        else
            return;
        event.accepted = true;
    }

    // Stays over the viewport: the Flickable moves its content, the item paints the rows
    // at the content position.
    LogLinesItem {
        id: lines
        x: view.contentX
        y: view.contentY
        width: view.width
        height: view.height
        log: view.log
        scrollX: view.contentX
        scrollY: view.contentY
        selectionFirst: view.selectionFirst
        selectionLast: view.selectionLast
        fillColor: view.palette.base
        textColor: view.palette.text
        lineNumberColor: view.palette.placeholderText
        reportColor: view.palette.alternateBase
        markedColor: Severity.tint("warning")
        selectionColor: view.palette.highlight
        selectedTextColor: view.palette.highlightedText

        // A slow disk or network file system: the rows show their numbers, and this, until
        // their text arrives.
        BusyIndicator {
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: 4
            width: 32
            height: 32
            running: lines.reading
            visible: running
            //: The name a screen reader gives the log view's busy indicator: the text of
            //: the lines in view is still being read from the file.
            Accessible.name: qsTr("Reading lines…")
        }

        TapHandler {
            id: tap
            onTapped: {
                view.forceActiveFocus();
                const line = view.log.lineOfRow(lines.rowAt(view.contentY + tap.point.position.y));
                if (line <= 0)
                    return;
                if ((tap.point.modifiers & Qt.ShiftModifier) && view.selectionFirst > 0) {
                    view.selectionFirst = Math.min(view.selectionFirst, line);
                    view.selectionLast = Math.max(view.selectionLast, line);
                } else {
                    view.selectionFirst = line;
                    view.selectionLast = line;
                }
            }
        }
    }
}
