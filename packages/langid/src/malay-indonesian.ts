/**
 * Indonesian (`ind`) and Malay (`zlm`, reported as `ms`/`zsm`): the close group with the most
 * evidence, so it has its own file. Both sides are written the same way: the words and spellings
 * one language uses where the other says something else (kerana/karena, wang/uang, boleh/bisa,
 * kedai/toko, teksi/taksi, pejabat/kantor, -iti/-itas), function words first, then everyday
 * vocabulary by topic (shopping, transport, school, health, government, money, family,
 * weather, work), then news words. A word the other language also uses, with another sense or
 * less often (Indonesian "kereta" is a train, "awak" a crew, "pokok" main; Malay "polisi" is a
 * policy), is a hint or a strong preference, not proof. Two-word phrases settle what their words
 * cannot ("tahun lepas", "rumah sakit"). The lists are ours, written for sejajar.
 */
import { type CloseGroup, HINT, ONLY, STRONG, weigh } from './evidence.js';

const INDONESIAN = weigh({
  [ONLY]: `
    karena, bahwa, kapan, nggak, ngga, gak, enggak, banget, aja, udah, gimana, dong, sih, lho, deh, kayak,
    bikin, kangen, capek, cape, nonton, ketemu, ngomong, ngobrol, mengobrol, nyetir, menyetir, mikir, nih, tuh,
    yuk, silakan, cewek, cowok, bisa, mau, memulai, dimulai, paham, pikir, berpikir, pikiran, telepon, menelepon,
    televisi, film, musik, butuh, membutuhkan, dibutuhkan, kemarin, sore, makan siang, senin, kamis, jumat,
    maret, agustus, desember, uang, persen, miliar, triliun
    toko, kantor, sepatu, celana, tas, handuk, kulkas, lemari, kursi, kamar mandi, kartu, struk, diskon, jeruk, kue,
    es krim, obral, antre, antri, ponsel, daring, kembalian, rusak, kacamata, kaus kaki, kaos
    mobil, sepeda, truk, taksi, bus, bandara, bandar udara, halte, stasiun, macet, sopir, supir, bensin,
    jalan tol, tilang, paspor, ongkos, karcis, ketiduran, kecelakaan
    dosen, universitas, ulangan, pensil, matematika, fisika, beasiswa, liburan, berlibur, karyawisata,
    jadwal, skripsi
    obat, dokter, rumah sakit, apotek, pasien, pilek, alergi, kesehatan, sehat, olahraga, berolahraga,
    istirahat, beristirahat
    pemerintah, kebijakan, pajak, mencoblos, ktp, dpr, dprd, mpr, kpk, tni, polri, pemilu, pilkada, pilpres,
    provinsi, kabupaten, kecamatan, kelurahan, kepolisian, tersangka, terdakwa, pengacara, kasus, formulir,
    pemadam kebakaran, bea cukai, sekretaris, unjuk rasa, usulan, transportasi, kampanye, proyek, bupati,
    walikota, wali kota, camat, lurah, gubernur, kapolri, kapolda, kapolres, kapolsek, pemda, pemkot, pemkab,
    wib, wita, partai, narkoba, koran, kendaraan, tentara, eropa, jepang, inggris, prancis, perancis, serikat
    rekening, tagihan, listrik, menabung, tabungan, berutang, diblokir, selokan, jajan, asuransi, iuran,
    berinvestasi, pribadi, keuangan
    istri, kakek, tante, keponakan, pacar, pensiun, mudik, lebaran, garasi
    kabut asap, gerah, prakiraan, derajat, muson, posko
    lembur, karyawan, pabrik, manajer, insinyur, kasir, memperbarui, paruh waktu
    kualitas, aktivitas, komunitas, identitas, realitas, kapasitas, fasilitas, prioritas, mayoritas,
    minoritas, integritas, otoritas, stabilitas, produktivitas, kreativitas
    mengonfirmasi, mengkonfirmasi, nasehat, obat-obatan, pariwisata, sebagian, ekspor, diperkirakan,
    menyebutkan, menuturkan, paparnya, ujarnya, tuturnya
    apartemen, kasur, sendok, panci, wajan, sikat gigi, pasta gigi, kamar tidur, wortel, cabe, semangka,
    pepaya, sapi, dasi, sendal, mengecek, dicek, paket, perangko, imut, kocak, berisik, dikit, musala,
    musholla, kios, lapak, gue, elo, kagak, ngapain, emang, beneran, pengen, pingin, kayaknya, makanya,
    mending, doang, gitu, gini, bareng, belom, komisi, pensiun`,
  [STRONG]: `
    saja, yaitu, yakni, besok, mulai, coba, mencoba, bilang, kok, juni, juli, selama ini, sepertinya,
    tadi pagi, kalian, harus, berbicara, ayo
    kamar, ranjang, jendela, parkir, apel, cokelat, kado, warung, enak, es, kebutuhan
    internasional, menemukan, mengungkapkan, menyelidiki, badai, ujar, ungkap, tutur, kegiatan,
    laki-laki, pria, bagian, penjualan, rekan, periode, dukungan, pengelolaan, polisi, korban, investasi,
    gratis, pengadilan, dll, kejahatan
    siswa, mahasiswa, penghapus, libur, kepala sekolah
    perawat, suster, demam berdarah, pingsan, masker
    pemilihan umum, imigrasi, meluncurkan, pegawai negeri, mengizinkan, diizinkan, diperbolehkan
    rupiah, utang, berhemat, koin, kali lipat, kurs, penghasilan, perusahaan, biaya
    paman, bibi, menikah, bapak, piknik, saudara kandung
    dingin, pohon, dievakuasi, pengungsian, hujan deras, menyelimuti
    rapat, atasan, fotokopi, melamar, mengundurkan
    awak kapal, awak pesawat, awak media, awak bus
    lift, cangkir, piring`,
  [HINT]: `
    setelah, sesudah, kota, sedangkan, berhasil, jakarta, tersebut, merupakan, mengatakan, namun, agar,
    kamu, menurut, nasional, pesawat, setempat, cuma, indonesia, lalu, sejumlah, pihaknya, terkait, sekitar,
    sebesar, siang, terlambat, ketinggalan, kantong, supermarket, mal, setengah, motor, ban, rem, ujian,
    desa, warga, anggota, diangkat, upah, mendorong, memprotes, bunga, transfer, makin, bertengkar, om,
    berusia, berkelahi, merapikan, mencuci, punya, gerimis, pegunungan, wawancara, dipromosikan, dipecat,
    melelahkan, lantai, email, toilet, anak-anak, parah, sering, kasih, kunjungan, mengunjungi, berkunjung,
    terjadi, sebaiknya, seharusnya, saat, apakah, memiliki, benar-benar, operasi, diabetes, dibandingkan,
    tahun depan, minggu depan, bulan depan, orang tua, ulang tahun, lalu lintas
    cabai, sandal, memperbaiki, soalnya, kirim, mengirim, dikirim, kiriman`,
});

const MALAY = weigh({
  [ONLY]: `
    kerana, bahawa, iaitu, sahaja, mahu, hendaklah, sebarang, manakala, justeru, susulan, berikutan,
    berbanding, pelbagai, sentiasa, seronok, faham, fikir, fikiran, berbual, hantar, menghantar, dihantar,
    je, jom, macam mana, budak-budak, orang ramai, esok, selepas, teruk, rosak, isnin, khamis, jumaat,
    ogos, disember, julai, peratus, bilion, minit, hujung, hujung minggu, tahun lepas, minggu lepas,
    bulan lepas, tahun hadapan, minggu hadapan, bulan hadapan, telefon, menelefon, televisyen, filem, muzik
    kasut, seluar, beg, stoking, tuala, almari, kerusi, katil, tingkap, peti sejuk, cermin mata,
    membeli-belah, beli-belah, pasar raya, kedai runcit, juruwang, resit, diskaun, kad, saiz, epal, oren,
    aiskrim, kek, hari jadi, wang baki, dalam talian, beratur, jualan murah, pekedai, percuma
    teksi, basikal, motosikal, lori, keretapi, memandu, lesen, lebuh raya, tayar, pancit, petrol,
    stesen, hentian, kapal terbang, lapangan terbang, berlepas, ditangguhkan, jalan sesak, lampu isyarat,
    trafik, tali pinggang, keledar, brek, jambatan, kemalangan, menempah, tempahan
    cikgu, peperiksaan, matematik, fizik, pensyarah, universiti, pensel, guru besar, soalan, nombor,
    biasiswa, yuran, tadika, ulang kaji, mengulang kaji, inggeris, lawatan, muzium, jadual, ibu bapa,
    ponteng, tugasan, bola sepak
    tandas, menasihatkan, ubat, doktor, jururawat, pesakit, selesema, denggi, pembedahan, kencing manis, pengsan, bilik air,
    temu janji, sihat, kesihatan, berehat, topeng muka, bersenam, senaman, bersukan, sukan
    pilihan raya, pengundi, mengundi, undi, cuti umum, kad pengenalan, ahli parlimen, parlimen, parti,
    perbandaran, anak guam, balai polis, kempen, berkuat kuasa, pihak berkuasa, imigresen,
    menggalakkan, pengangkutan, dilantik, mencadangkan, kakitangan, jawatan,
    jawatankuasa, mesyuarat, setiausaha, pengerusi, bomba, jenayah, tertuduh, peguam, dadah, kastam, kes,
    gabenor, menyiasat, siasatan, mendedahkan, tentera, eropah, jepun, syarikat, antarabangsa
    ringgit, akaun, bil elektrik, berhutang, berjimat, bayar balik, melabur, sara hidup, syiling, longkang,
    insurans, caj, peribadi, kadar pertukaran, bergaduh, berniaga, perniagaan, wang tunai, wang saku,
    menyimpan wang, meminjam wang, kewangan, pelaburan
    isteri, berkahwin, perkahwinan, bapa saudara, emak saudara, anak saudara, bersara, adik-beradik,
    pak cik, mak cik, pakcik, makcik, berkelah, membasuh, membaiki, dibaiki, garaj, encik
    hujan lebat, jerebu, tengkujuh, mencecah, darjah, ramalan cuaca, renyai-renyai, berbahang, monsun, kabus,
    hujan batu
    lebih masa, temuduga, temu duga, e-mel, emel, rakan sekerja, jurutera, fotostat, dibuang kerja,
    mengemas kini, kemas kini, kerja sambilan, memenatkan, kerani, perkhidmatan, pertubuhan, pelancongan
    juruterbang, jurugambar, juruteknik, jurujual, jurulatih, juruaudit, juruukur, jurubahasa, jurucakap,
    juruhebah
    kualiti, aktiviti, komuniti, identiti, realiti, kapasiti, fasiliti, prioriti, majoriti, minoriti,
    integriti, projek, dimaklumkan, maklumat, menerusi, dijangkakan, membolehkan, sebahagian, akhbar,
    serantau, kenderaan, kerjaya, kuala lumpur, selangor, johor, sabah, sarawak, pulau pinang, kelantan,
    terengganu, pahang, kedah, melaka, negeri sembilan, putrajaya, polis diraja, umno
    pangsapuri, lif, tilam, sudu, penghawa dingin, berus gigi, ubat gigi, bilik tidur, lobak merah, cili,
    tembikai, betik, tali leher, selipar, menyemak, disemak, setem, comel, sikit, balai raya, kedai makan,
    korang, kitorang, diorang, takde, takpe, camne, apasal, pencen, komisyen, cik`,
  [STRONG]: `
    adakah, bolehkah, kerap, tengok, sejuk, penat, sedap, cakap, bercakap, beritahu,
    memberitahu, diberitahu, berjumpa, awak, nak, dah, ayuh, sila, petang, pagi tadi,
    lelaki, anak lelaki, cuba, mendapati, mengikut, sekiranya, mula, terlupa, ramai orang
    kedai, ais, talian, memulangkan, peniaga, barangan, sebiji
    bas, menunggang, terlewat, saman
    kerja rumah, cuti sekolah, bercuti, perhimpunan, bersungguh-sungguh
    hospital, farmasi, rehat, wad, berpantang, bilik, datuk
    kerajaan, cukai, pelancong, ketua kampung, pejabat daerah, suspek, polis
    wang, bil, elektrik, faedah, hutang, jimat, disekat, duit belanja, kali ganda, pelabur, dagangan
    kahwin, lewat malam, mengemas, teman lelaki
    ribut, bahang, menyelubungi, tanah tinggi
    sekerja, dinaikkan pangkat, sambilan, majlis, kilang
    mangsa, berjaya, nasihat, bagaimanapun, askar, mengesahkan, tiada, dijangka, tempatan, sokongan, bahagian, baharu, eksport, rakan, tempoh, pasaran
    puan, pinggan, daging lembu`,
  [HINT]: `
    kereta, semasa, malaysia, semalam, boleh, pejabat, ialah, daripada, kenyataan, kerjasama, jabatan, ramai,
    pegawai, negeri, pemandu, kos, lebih kurang, macam, tak, beliau, apabila, jualan, pengurusan, walau,
    oleh itu, bila, amat, betul, lepas, di hadapan, tengah hari, letak, balik, letih, duit, separuh, bayaran,
    perlukan, perhentian, tambang, terlepas, menaiki, seterusnya, subjek, sains, pemadam, cuti, alah,
    dibenarkan, membenarkan, patut, membuatkan, mahkamah, membangkitkan, melancarkan, awam, permit,
    membantah, kadar, kawasan, pemindahan, hari raya, bapa, emak, mak, berumur, gemar, pokok, kat,
    kanak-kanak, hendak, cadangan, borang, laju, pantas, perdana menteri, hadapan, nampaknya, nampak,
    bertolak,
    pengurus, majikan, diluluskan, menyiapkan
    mesti, sebab, cawan, periuk, kuali, gerai, bising, kelakar, bungkusan`,
});

export const INDONESIAN_MALAY: CloseGroup = {
  base: 'ind',
  margin: 1,
  evidence: { ind: INDONESIAN, zlm: MALAY },
  patterns: [
    ['ind', /^(?:di|ke|se)?[a-z]{3,}itas(?:nya)?$/, ONLY],
    // Malay -iti where Indonesian writes -itas (kualiti, universiti); not Indonesian words that end
    // so too (teliti, meneliti, peneliti, sakiti, jangkiti, selebriti, komoditi, sekuriti).
    ['zlm', /^(?!.*(?:eliti|sakiti|jangkiti|selebriti|meniti|peniti|komoditi|sekuriti)(?:nya)?$)[a-z]{3,}iti(?:nya)?$/, ONLY],
    // Malay -syen where Indonesian writes -si (televisyen, komisyen, konvensyen, stesen aside).
    ['zlm', /^[a-z]{2,}syen(?:nya)?$/, ONLY],
  ],
};
