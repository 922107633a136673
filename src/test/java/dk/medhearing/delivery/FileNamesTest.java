package dk.medhearing.delivery;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource({
        "sagsmappe-BIF-2026-0001.zip, sagsmappe-BIF-2026-0001.zip",
        "../../etc/passwd, _.._etc_passwd.zip",
        "'..', sagsmappe.zip",
        "'', sagsmappe.zip",
        "høring æøå.zip, h_ring____.zip",
        "a/b\\c.zip, a_b_c.zip",
        "sag, sag.zip"
    })
    void shouldKeepFileNamesInsideTheFolder(String given, String expected) {
        // given a case file's name, when made safe, then it is a plain name in the folder ending in .zip
        assertThat(FileNames.safe(given)).isEqualTo(expected);
    }
}
