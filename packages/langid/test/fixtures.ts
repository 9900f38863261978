// Sentences written for these tests (not taken from any benchmark): Indonesian and Malay news
// on the same topics, so that the pair is decided by what separates the two languages.

export const INDONESIAN = [
  'Pemerintah akan menaikkan harga bahan bakar minyak mulai bulan depan karena anggaran subsidi sudah membengkak.',
  'Polisi masih menyelidiki penyebab kecelakaan yang menewaskan tiga orang di jalan tol pada Senin pagi.',
  'Mahasiswa universitas itu bisa mendapatkan beasiswa jika nilai mereka cukup tinggi.',
  'Rumah sakit daerah kekurangan dokter dan obat-obatan sejak awal tahun ini.',
  'Menurut data Badan Pusat Statistik, inflasi bulan lalu mencapai 2,5 persen.',
  'Kantor gubernur menyatakan bahwa uang bantuan sosial akan dibagikan pekan depan.',
  'Saya tidak bisa datang ke rapat besok karena anak saya sedang sakit.',
  'Presiden meminta para menteri bekerja lebih keras untuk menurunkan angka kemiskinan.',
  'Banjir yang melanda kota itu memaksa ribuan warga mengungsi ke tempat yang lebih aman.',
  'Tim nasional berhasil memenangkan pertandingan setelah mencetak dua gol pada babak kedua.',
];

export const MALAY = [
  'Kerajaan akan menaikkan harga minyak mulai bulan depan kerana peruntukan subsidi telah meningkat.',
  'Polis masih menyiasat punca kemalangan yang mengorbankan tiga orang di lebuh raya pada pagi Isnin.',
  'Pelajar universiti itu boleh mendapat biasiswa sekiranya keputusan peperiksaan mereka cukup baik.',
  'Hospital daerah kekurangan doktor dan ubat-ubatan sejak awal tahun ini.',
  'Menurut Jabatan Perangkaan, kadar inflasi bulan lalu mencecah 2.5 peratus.',
  'Pejabat Menteri Besar menyatakan bahawa wang bantuan akan diagihkan minggu hadapan.',
  'Saya tidak dapat hadir ke mesyuarat esok kerana anak saya sedang sakit.',
  'Perdana Menteri meminta semua menteri bekerja lebih keras untuk mengurangkan kadar kemiskinan di negeri itu, iaitu sebanyak dua peratus.',
  'Banjir yang melanda negeri itu memaksa ribuan penduduk berpindah ke pusat pemindahan selepas hujan lebat.',
  'Pasukan kebangsaan berjaya memenangi perlawanan itu selepas menjaringkan dua gol pada separuh masa kedua.',
];

/** English news, including Scottish news: never Scots. */
export const ENGLISH_NEWS = [
  'The minister said on Tuesday that the new law would come into force next year.',
  'Two men were arrested after a fight outside a pub in Glasgow on Saturday night.',
  "Scotland's First Minister said the decision was a blow to the whole country.",
  'The bank raised interest rates by a quarter of a point, its third rise this year.',
  'Police are appealing for witnesses after a car left the road near Aberdeen.',
  'Shares in the company fell sharply after it warned that profits would be lower than expected.',
];

/** Scots, for the other side of the pair. */
export const SCOTS = [
  'Ah didnae ken whit tae dae, sae ah jist gaed hame an had ma tea.',
  'The bairns wis oot playin in the snaw aw efternoon, an they wernae cauld at aw.',
];
