// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick

// One page of the window: the sidebar shows `title`, the page is the slot's child. Pages of
// other modules go in a slot unchanged (`PageSlot { title: …; MemoryPage { … } }`).
Item {
    required property string title
}
