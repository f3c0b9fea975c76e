// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import OomLens

// The lines of a LogModel: one painted item (LogLinesItem) shows the rows in view, which
// all have one height, so a view over millions of lines scrolls and jumps without measuring
// them; the line numbers, the highlighted text; report lines and the marked line stand out.
// A click selects a line, Shift+click a range, Ctrl+C copies it; the arrow keys, Page
// Up/Down and Ctrl+Home/End scroll.
Flickable {
    id: view

    required property LogModel log
    property int selectionFirst: 0
    property int selectionLast: 0
    readonly property real rowHeight: lines.rowHeight
    readonly property int count: lines.rowCount

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

    // With lines selected, Copy (Ctrl+C) copies them, not the incident (the menu's Copy).
    Keys.onShortcutOverride: (event) => {
        event.accepted = event.matches(StandardKey.Copy) && selectionFirst > 0;
    }
    Keys.onPressed: (event) => {
        const page = Math.max(rowHeight, height - rowHeight);
        if (event.matches(StandardKey.Copy) && selectionFirst > 0)
            log.copyLines(selectionFirst, selectionLast);
        else if (event.key === Qt.Key_Down)
            scrollTo(contentY + rowHeight);
        else if (event.key === Qt.Key_Up)
            scrollTo(contentY - rowHeight);
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
