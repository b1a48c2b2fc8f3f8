package org.duban.platform.input;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {
    @Test
    void shouldRefuseNulEscapesAndDelButKeepTabsAndLineBreaks() {
        assertTrue(ControlCharacters.present("区\u0000财政局"));
        assertTrue(ControlCharacters.present("区\u0007\u001b[31m局"));
        assertTrue(ControlCharacters.present("x\u007f"));
        assertTrue(ControlCharacters.present("\u001f"));
        assertFalse(ControlCharacters.present("一季度完成。\r\n二、\t其他"));
        assertFalse(ControlCharacters.present("区发改局 (unit 1) ▲●"));
        assertFalse(ControlCharacters.present(""));
        assertFalse(ControlCharacters.present(null));
        assertFalse(ControlCharacters.present(" "));
    }
}
