// First names the news treats as a woman's or a man's, derived by scripts/derive-first-names.ts from compromise's lexicon
// (MIT) and PolNeAR and CoNLL train.
// Generated: do not edit by hand. A person's own article outweighs this list (claims/person-gender.ts).
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((
    'Aada Aadya Aaliyah Aaradhya Aasha Abagail Abbey Abbi Abbie Abby Abi Abie Abigail Abril Ada Adaline Adalyn ' +
    'Addie Addilyn Addison Adel Adela Adelaide Adele Adelene Adelia Adelina Adeline Adelynn Adreanna Adriana ' +
    'Adrianna Adrianne Adriena Adriene Adrienne Agatha Aggie Agnes Agustina Aicha Aida Aileen Aimee Aina Aino ' +
    'Ainsley Aisha Aishah Aisling Aislinn Aislynn Ajla Alaina Alana Alanis Alanna Alannah Alanoud Alayah Alayna ' +
    'Alba Alecia Aleisha Alejandra Aleksandra Alena Alesia Alessandra Alexa Alexandra Alexia Alia Alice Alicia ' +
    'Alicja Alina Aline Alisa Alise Alisha Alison Alissa Aliza Allie Allison Allyson Althea Alya Alycia Alysa ' +
    'Alyson Alyssa Amahle Amaia Amaira Amalia Amanda Amber Amberly Amelia Amelija Amie Amilia Amina Aminata Amy Ana ' +
    'Anabel Anamaria Anastasia Anastasija Anaya Andjela Ane Aneta Anette Angela Angelia Angelica Angelina Angeline ' +
    'Angelique Angie Anika Anisa Anissa Anita Anja Anjelica Ann Anna Annabel Annabella Annabelle Annalisa Annamaria ' +
    'Anne Annemarie Annett Annette Annie Annika Annmarie Anohito Antoinette Antonella Antonia Anya Aoi Aria Ariana ' +
    'Arianna Arianne Arielle Arleen Arlena Arlene Arlette Aroha Arpita Asha Ashanti Ashlee Ashleigh Ashley Ashli ' +
    'Ashlie Ashly Ashlyn Ashraqat Ashton Asiya Asja Asmita Assil Astrid Ataahua Athena Audra Audrey Audri Audry ' +
    'Augustina Augustine Aurelia Austeja Ava Avigail Awa Aya Ayana Ayanna Ayesha Aygun Aylin Ayn Ayse Aysel Azra ' +
    'Azuna Barbara Barbora Barbra Bayarmaa Bea Beatrice Beatriz Becca Becky Belinay Belinda Benita Bernadette ' +
    'Bernadine Bernice Bertha Bertie Beryl Bess Bessie Beth Bethanie Bethany Betsy Bette Bettie Bettina Betty ' +
    'Bettye Beula Beulah Bev Beverley Beverly Bianca Biljana Binita Bintou Bismah Blanca Blanche Blythe Bobbi ' +
    'Bobbie Boglarka Bolormaa Bonita Bonnie Brandi Brandie Breanna Bree Brenda Brenna Briana Brianna Brianne ' +
    'Bridget Bridgett Bridgette Brigid Brigitte Britney Britt Brittany Brittney Brittni Brittny Bronwyn Brooke ' +
    'Bryanna Brynn Caitlin Caitlyn Calista Callie Camila Camile Camilla Camille Candace Candice Cara Carina Carissa ' +
    'Carla Carlene Carley Carlie Carlota Carlotta Carly Carmel Carmela Carmella Carmen Carol Carole Carolina ' +
    'Caroline Carolyn Carrie Carrol Casandra Cassandra Cassie Catarina Caterina Catherina Catherine Cathleen ' +
    'Cathryn Cathy Catrina Cayla Cecelia Cecile Cecilia Cecily Celeste Celia Celina Celine Chandra Chanelle Chantal ' +
    'Chantelle Charis Charissa Charla Charlena Charlene Charlette Charlotte Charmaine Chedeline Chelsea Chelsey ' +
    'Cher Cheri Cherie Cheryl Chloe Chrissy Christa Christal Christen Christiana Christiane Christie Christina ' +
    'Christine Christy Chrystal Ciara Cierra Cindi Cindy Clair Claire Clara Clare Clarice Claris Clarissa Claudette ' +
    'Claudia Claudine Cleo Cleopatra Clotilde Coleen Colette Colleen Concepcion Connie Constance Constanza Consuelo ' +
    'Cora Coralie Cordelia Cori Corina Corine Corinna Corinne Cornelia Corrine Courtney Courtni Courtny Cristal ' +
    'Cristina Cyndi Cynthia Dahlia Daina Dalal Damaris Damia Dana Danette Dani Danica Daniela Daniele Daniella ' +
    'Danielle Danika Daniz Daphna Daphne Dara Darby Darcey Darcie Daria Darla Darlena Darlene Davida Davina Dayle ' +
    'Dayna Deana Deandra Deann Deanna Deanne Deb Debbie Debby Debora Deborah Debra Debrah Dede Dee Deedee Deena ' +
    'Deidre Deirdre Dela Delia Delilah Della Delores Deloris Delphine Demetria Dena Denice Denise Desiree Dhia ' +
    'Diana Diane Dianna Dianne Dina Dinah Dionne Diya Djeneba Dolores Dominique Dona Donna Dora Doreen Doris Dorla ' +
    'Dorothea Dorothy Dorthy Dottie Ecrin Edel Eden Edie Edith Edna Edwina Eevi Eileen Eisha Ekaterina Ekta Ela ' +
    'Elaina Elaine Elana Eleanor Elen Elena Eleni Eliana Elicia Elida Elie Elif Elin Elina Elinor Elisa Elisabeth ' +
    'Elise Eliska Eliza Elizabete Elizabeth Elizaveta Ella Ellen Ellie Elly Elma Elnora Eloise Elouise Elsa Elsie ' +
    'Elva Elvina Elvira Ema Emanuela Emelda Emely Emerald Emile Emilee Emilia Emilie Emilija Emily Emina Emine Emma ' +
    'Emmaline Emmanuelle Emmeline Emmie Emmy Enid Erica Ericka Erika Erin Erma Ernestina Ernestine Eryn Esma ' +
    'Esmeralda Esperanza Estela Estele Estella Estelle Ester Estere Esther Estrella Ethel Etienne Etta Eugenia ' +
    'Eugenie Eunice Eva Evangelina Evangeline Evelin Evelina Evelyn Evi Evie Evita Ewa Fajr Fanta Farah Farida ' +
    'Farrah Farzana Fatemeh Fatiha Fatima Fatin Fatma Fatoumata Fay Faye Felecia Felicia Fenna Fernanda Fien Fiona ' +
    'Flora Florencia Fozia Fran Frances Francesca Francina Francine Francisca Francoise Freda Freja Frida Frieda ' +
    'Gabi Gabija Gabriela Gabriella Gabrielle Gale Gamalat Gamila Garnet Gayle Gemma Gena Genesis Genevieve Genna ' +
    'Georgette Georgie Georgina Geraldina Geraldine Geri Germaine Gertrud Gertrude Gia Gianna Gigi Gilda Gillian ' +
    'Gina Giovanna Gisela Gisele Giselle Gita Gladys Glena Glenda Glenna Gloria Glynis Golda Goldie Googoosh Gracie ' +
    'Graciela Greta Gretchen Griselda Gunay Gunel Gwen Gwendolyn Gwyneth Habiba Hailey Hala Haley Hallie Hana Hanah ' +
    'Hanna Hannah Hariet Hariette Harmony Harriet Harriett Harriette Hasnaa Hasti Hatice Hattie Hawa Hayley Heather ' +
    'Heidi Helen Helena Helene Helga Helmi Henrietta Hermine Hessa Hester Hilary Hilda Hildegard Hillary Himari ' +
    'Hoda Hollie Hortense Hosna Hosniya Hussa Hyacinth Ida Ila Ilene Iliana Ilina Ilona Ilse Imane Imelda Imogena ' +
    'Imogene Indira Ines Ingrid Inji Iona Irati Irena Irene Irina Irma Isabel Isabela Isabele Isabell Isabella ' +
    'Isabelle Isadora Isidora Isla Islande Isobel Iva Ivaana Ivalu Ivana Iwona Izaro Jacinda Jacinta Jackie Jacky ' +
    'Jaclyn Jacquelina Jacqueline Jacquelyn Jada Jami Jana Janae Jane Janele Janelle Janessa Janet Janette Janice ' +
    'Janie Janina Janine Janis Jaqueline Jasmin Jasmina Javiera Jayne Jazmin Jazmine Jeana Jeane Jeanette Jeanie ' +
    'Jeanina Jeanine Jeanna Jeanne Jeannette Jeannie Jeannina Jeannine Jelena Jen Jena Jenelle Jenifer Jenna ' +
    'Jennette Jenni Jennie Jennifer Jenny Jeri Jerri Jesica Jess Jesse Jessica Jil Jilian Jill Jillian Jing Jo Joan ' +
    'Joana Joane Joann Joanna Joanne Jocelyn Jodi Jodie Jody Joelle Johana Johanna Joleen Jolena Jolene Joni Josefa ' +
    'Josefina Josefine Joselyn Josephina Josephine Josie Jovana Joya Joyce Juana Juanita Judeline Judith Judy Jules ' +
    'Julia Juliana Julianna Julianne Julie Julienne Juliet Julieta Juliette Julissa Justina Justine Kabita Kacey ' +
    'Kadiatou Kaede Kaia Kaitlin Kaitlyn Kaleigh Kali Kalle Kallie Kamala Kamila Kamile Kanyakumari Kara Karen Kari ' +
    'Karima Karin Karina Karissa Karla Karly Karolina Karyn Kassandra Kassie Kat Katarina Kate Katelyn Katelynn ' +
    'Katerina Katharina Katharine Katherina Katherine Kathie Kathleen Kathrine Kathryn Kathy Kati Katia Katie ' +
    'Katlyn Katrina Katy Kavita Kay Kaye Kayla Kaylee Kayleigh Keeley Keely Keira Keisha Kejsi Keley Keli Kelley ' +
    'Kelli Kellie Kelly Kelsie Kely Kendra Kenna Kenza Kera Keri Kerri Khadija Khadije Khawla Kheira Khongordzol ' +
    'Kia Kiana Kiara Kiera Kiersten Kiley Kim Kimberlee Kimberley Kimberli Kimberly Kimmernaq Kira Kirsten Kirstin ' +
    'Kizzy Klea Konul Kori Kourtney Krista Kristen Kristi Kristie Kristin Kristina Kristine Kristy Kristyna Krystal ' +
    'Kyla Kylee Kylie Kyra Lacey Lacie Lacy Ladona Ladonna Laia Laila Lakesha Lamija Lana Lara Larisa Larissa ' +
    'Latasha Latifa Latisha Latonya Latoya Laura Laurel Lauren Laurie Lauryn Laverna Laverne Lavinia Laxmi Layla ' +
    'Lea Leah Leana Leandra Leane Leann Leanna Leanne Leda Leena Leia Leigh Leila Leilani Leja Lejla Lela Lena ' +
    'Lenora Lenore Leola Leona Leonie Leonora Leora Lesedi Lesley Lesli Leslie Lesly Leticia Letitia Lettie Lex ' +
    'Lexie Leyla Lia Lian Liana Lianne Libbie Libby Lidia Lidya Liepa Lila Lili Lilia Lilian Liliana Lilja Lillia ' +
    'Lillian Lillie Lilly Lin Lina Linda Lindsay Lindsi Lindsy Lindy Lisa Lisette Liv Livia Liz Liza Lizbeth ' +
    'Lizette Lizzie Lois Lola Lolita Lora Loraina Loraine Lorelei Lorena Lorene Loretta Lori Lorie Lorna Lorraina ' +
    'Lorraine Lorri Lorrie Lotte Lottie Louella Louisa Louise Lovelie Luann Lucia Luciana Lucie Lucija Lucile ' +
    'Lucille Lucinda Lucy Luela Luella Luisa Luise Lula Lulu Lulwa Luna Lupe Lupita Luz Lydia Lyla Lyn Lyna Lynda ' +
    'Lyndsey Lyne Lynette Lynn Lynna Lynne Lynnette Lynsey Mabel Mable Macie Macy Madalyn Maddie Madeleine Madelina ' +
    'Madeline Madelyn Madge Madison Madonna Mae Magda Magdalena Magdalene Maggie Maha Maia Maire Maisie Maite Maja ' +
    'Malak Malen Malia Malika Malinda Mallory Mandakranta Mandy Manon Manuela Mara Marcela Marcella Marcelle Marci ' +
    'Marcia Marcie Marcy Margaret Margarette Margarida Margarita Marge Margery Margie Margo Margot Margret ' +
    'Margrette Marguerite Mari Maria Mariah Mariam Mariamawit Mariami Marian Mariana Mariane Marianna Marianne ' +
    'Maribel Marie Mariela Mariella Marija Marilyn Marina Maris Marisa Marisol Marissa Maritza Marjorie Marla ' +
    'Marlena Marlene Marnie Marsha Marta Martha Martina Martine Marwa Mary Maryam Maryan Maryann Marybeth Maryjane ' +
    'Marylou Masoumeh Mathilde Matilda Matilde Mattie Maud Maude Maura Maureen Mavis Maxina Maxine Maybell Mayra ' +
    'Maysoun Mazie Mckenzie Meagan Meg Megan Meghan Mei Melanie Melina Melinda Melisa Melissa Mellisa Meredith ' +
    'Meriem Merissa Merjem Meron Meryem Meryl Mia Micaela Michaela Michele Michelle Midori Mika Mikaela Mila ' +
    'Milagros Mildred Milena Milica Millicent Millie Milly Mimi Mindy Minenhle Minerva Minh Minnie Mira Miral ' +
    'Miranda Miriam Mirlande Mitzi Miyar Mobina Moira Mollie Molly Mona Monica Monika Monique Mrignayani Muriel Mya ' +
    'Myra Myriam Myrlande Myrna Myrtle Naasunnguaq Nadene Nadia Nadina Nadine Nadya Nahia Naima Nalla Nancy Nanette ' +
    'Naomi Naomie Narges Natalia Natalie Natalya Natasha Nathalie Nehir Nel Nela Nelisa Nell Nellie Nena Nerissa ' +
    'Nesreen Nia Niamh Nichole Nicki Nicky Nicola Nicole Nicolette Niharika Nika Niki Nikita Nikki Nila Nilay Nina ' +
    'Nisanur Nisha Nita Nivi Noa Noella Noelle Noemi Noor Nora Norah Noreen Norma Nouf Nour Nur Nuray Nurul Nyla ' +
    'Octavia Odelia Odette Odval Ofelia Oisha Oksana Ola Olga Olivia Ophelia Oumou Oyunbileg Paige Pam Pamela ' +
    'Pandora Paninnguaq Paola Parvati Patrica Patrice Patricia Patti Pattie Patty Paula Paulette Paulina Pauline ' +
    'Peggy Penelope Perla Petra Philomena Phoebe Phylis Phyllis Pia Pipaluk Polina Polly Portia Priscila Priscilla ' +
    'Priyamvada Prudence Puteri Queenie Quiana Rabina Rachael Rachel Rachele Rachelle Rachida Rae Raina Ramona ' +
    'Randi Rania Raquel Rayna Reanna Reba Rebeca Rebecca Rebeka Rebekah Reem Reema Regina Reihaneh Reina Rena Renae ' +
    'Renata Renee Reta Reyna Rhea Rhiannon Rhoda Rhona Rhonda Ria Richelle Ricki Rikki Riko Rimas Rin Rina Rita ' +
    'Riya Robbin Roberta Robyn Rochele Rochelle Rocio Roghayyeh Rolanda Ronda Roni Ronna Rosa Rosalie Rosalina ' +
    'Rosalind Rosalinda Rosalyn Rosanna Rosanne Roseann Roseanne Rosella Roselle Rosemarie Rosemary Rosetta Rosie ' +
    'Roslyn Rowan Rowena Roxana Roxane Roxanna Roxanne Roxie Roxy Ruth Ruthie Saanvi Sabina Sabine Sabrina Sade ' +
    'Sadie Sahar Saida Sakeena Sakineh Sakura Sallie Sally Salma Salome Samantha Samira Sandra Sara Sarah Sarina ' +
    'Sasha Savanna Savannah Scarlett Selena Selene Selina Selma Serena Serife Setayesh Sevda Sevinj Shahd Shaikha ' +
    'Shaim Shaimaa Shakira Shana Shanaya Shanda Shania Shanna Shannon Shanon Shari Sharlene Sharon Sharron Sharyn ' +
    'Shauna Shawna Shayla Shayma Shayna Sheba Sheena Sheila Shelia Shelley Shelly Sheri Sheridan Sherifa Sherri ' +
    'Sherrie Sherry Sheryl Shira Shirley Shirli Shirly Shona Shristi Shyla Sierra Sillin Silvia Simona Simone Sindy ' +
    'Siobhan Sita Siti Skye Snezana Sobia Sofia Sofie Sofija Somayyeh Sondra Sonia Sonja Sonya Sophia Sophie Sri ' +
    'Stacey Staci Stacie Stacy Starla Stefanie Stela Stella Stephane Stephanie Suha Sumayah Sunita Susan Susana ' +
    'Susane Susanna Susannah Susanne Susi Susie Suzan Suzana Suzane Suzanna Suzanne Suzette Suzie Suzy Sybil Sylvia ' +
    'Sylvie Tabatha Tabitha Tala Talia Talitha Tamar Tamara Tamera Tami Tamika Tammi Tammie Tammy Tamra Tania ' +
    'Tanika Tanisha Tanya Tara Tarana Taryn Tasha Tatiana Tawana Tegan Teodora Teresa Tereza Teri Terri Terrie Tess ' +
    'Tessa Tessie Thalia Thandolwethu Thea Thelma Theodora Theresa Therese Thomasina Tia Tiana Tianna Tiara Tiffany ' +
    'Tina Tingting Tisha Toni Tonia Tonya Tora Tori Tracey Traci Tracie Tracy Tricia Trina Trish Trisha Trista ' +
    'Trudy Tui Tula Tyra Ugne Ursula Urte Usha Uxue Valentina Valeria Valerie Valery Vanesa Vanessa Veda Velma Vera ' +
    'Verna Vernice Veronica Vesna Vicki Vickie Vicky Vikky Viktoria Viktorie Viktorija Vilte Violeta Vivian Viviana ' +
    'Vivien Vivienne Vusala Wakana Wanda Wendi Wendy Whitney Whitni Whitny Widelene Wila Wilhelmina Willa Willow ' +
    'Wilma Winifred Winnie Winnifred Winona Xiaomei Xiaoyan Ximena Xinyi Yael Yagmur Yan Yarin Yasmin Yasmine ' +
    'Yelena Yesenia Ying Yolanda Yuina Yuna Yvette Yvona Yvone Yvonna Yvonne Zada Zahra Zainab Zara Zehra Zeinab ' +
    'Zelda Zelma Zena Zeynab Zeynep Zineb Zoe Zoey Zofia Zola Zora Zsofia'
).split(' '));
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set((
    'Aarav Aaron Abdallah Abdel Abdoulaye Abdul Abdullah Abdullo Abdulrahman Abe Abel Abraham Abram Abu Abubakr ' +
    'Abulfazl Adam Adama Adan Adi Adolf Adolfo Adolph Adrian Adriano Advik Afonso Agustin Ahmad Ahmed Ahmet Aidan ' +
    'Aiden Aimar Ajani Al Aladdin Alain Alan Alastair Albert Alberto Albrecht Alden Alec Alejandro Aleksandar ' +
    'Aleksander Aleksandr Aleksei Alessandro Alex Alexander Alexandre Alexandros Alexandru Alf Alfonso Alfred Ali ' +
    'Alistair Allan Allen Alonso Alonzo Alphonse Alphonso Alton Alvaro Alvin Amar Amine Amir Amit Ammanuel Ammar ' +
    'Amos Anas Anatoli Anatoliy Anatoly Ander Anders Andre Andreas Andrei Andrej Andres Andrew Andrzej Andy Angel ' +
    'Angelo Anthony Antoine Anton Antoni Antonio Antony Anwar Aputsiaq Arata Archibald Archie Ari Ariel Ariki Arjun ' +
    'Armaan Armand Armando Armin Arnaud Arnav Arno Arnold Aron Artem Arthur Artie Artur Arturo Aryan Asahi Augusto ' +
    'Augustus Avery Ayaan Aykhan Aziz Bakary Balazs Bandar Bandile Banele Barack Barney Barrett Barry Bart ' +
    'Bartholomew Ben Benito Benjamin Bennie Benny Benson Berat Bernard Bernardo Bernhard Bernie Bert Bertram ' +
    'Bertrand Beshoi Bibek Bilal Bill Billie Billy Bishal Bjorn Blaine Blake Bob Bobby Bogdan Boris Boyd Brad ' +
    'Bradford Bradley Brady Branden Brandon Branislav Brendan Brendon Brent Brenton Bret Brett Brian Brice Bruce ' +
    'Bruno Bryan Bryce Bryon Buddy Burt Burton Buster Byron Cal Caleb Calvin Cameron Camilo Carey Carl Carlo Carlos ' +
    'Carlton Carroll Cary Cecil Cedric Cesar Chad Charbel Charles Charley Chas Chester Chet Chris Christoph ' +
    'Christophe Christopher Christos Chuck Ciaran Clarence Claude Claudio Claus Clay Clayton Clemens Clement Cletus ' +
    'Clifford Clifton Clint Clive Clyde Cody Colby Cole Colin Collin Colton Connor Conor Conrad Constantin Corey ' +
    'Cornelis Cornelius Cory Craig Cristiano Cristobal Curt Curtis Cyril Cyrus Daan Dale Damian Damien Damion Damon ' +
    'Dan Daniel Danilo Danny Daren Darin Dario Darius Darnell Darrel Darrell Darren Darrin Darryl Daryl Dave Davi ' +
    'David Deandre Deepak Dejan Delbert Demetrius Denis Dennis Denny Deon Derek Derrick Deshawn Desmond Deven Devin ' +
    'Dewayne Dewey Dexter Diarmuid Dieter Dietmar Dietrich Dillon Dimitri Dimitris Dinesh Dion Dirk Dmitri Dmitry ' +
    'Domingo Dominic Dominick Dominik Dominykas Don Donald Donnell Donnie Donny Donovan Dorian Doug Douglas Dovydas ' +
    'Doyle Dragan Duane Dudley Duncan Dustin Dwayne Dwight Dylan Dyllan Ebenezer Ed Eddie Edgar Edmond Edmund ' +
    'Edoardo Eduard Eduardo Edward Edwardo Edwin Efrain Efren Eitan Elbert Eldon Eli Elias Elijah Eliot Elisha ' +
    'Elliot Elliott Ellis Elmer Elton Elvin Elvis Elwood Emanuel Emerson Emery Emil Emiliano Emilio Emilis Emirhan ' +
    'Emmanuel Emmett Enoch Enrico Enrique Enzo Eoin Ergi Eric Erich Erick Erik Ernest Ernesto Ernie Ernst Errol ' +
    'Ervin Erwin Esteban Ethan Eugen Eugene Evan Evens Everett Evgeny Eymen Ezra Fabian Fabien Fabio Fabrice ' +
    'Fabrizio Fadi Fahd Federico Felipe Felix Feng Ferdinand Ferdinando Fergus Fernando Fidel Filip Fionn Fletcher ' +
    'Florian Floyd Forrest Francesco Francis Francisco Franciszek Frank Frankie Franklin Franklyn Fraser Fred ' +
    'Freddie Freddy Frederic Frederick Frederik Fredrick Fredrik Friedrich Frits Fritz Fyodor Gabe Gabreal Gabriel ' +
    'Gabrielius Galen Gareth Garland Garrett Garry Garth Gary Gavin Geoff Geoffrey Georg George Georges Georgi ' +
    'Georgios Georgy Gerald Gerard Gerardo Gerhard Gerrit Gerry Gert Giacomo Gilbert Gilberto Giles Gilles Gino ' +
    'Giorgi Giorgio Giorgis Giovanni Giuseppe Glen Glenn Godfrey Gonzalo Goran Gord Gordon Gottfried Grady Graham ' +
    'Greg Gregg Gregor Gregorio Gregory Grover Guido Guilherme Guillaume Guillermo Gunnar Gunter Gunther Gus Gustaf ' +
    'Gustav Gustave Gustavo Gyorgy Habib Hal Halim Hamza Hank Hans Hao Harlan Harley Harold Harri Harry Haruhito ' +
    'Haruki Haruta Haruto Harvey Hasan Hassan Hayato Hayden Heath Hector Heinrich Heitor Hendrik Henri Henrik ' +
    'Henrique Henry Henryk Herbert Herman Hermann Homer Horace Horacio Horatio Hossein Howard Howie Hubert Hugh ' +
    'Hugo Humberto Huseyin Huseyn Hussain Hussein Hydar Iain Ian Ibai Ibrahim Ichika Ignacio Igor Ike Iker Ilija ' +
    'Inuk Inunnguaq Ionut Ira Irvin Irving Irwin Isaac Isaiah Isaias Ishaan Isiah Ismael Ismail Issac Itai Itsuki ' +
    'Ivan Jack Jacob Jacques Jaden Jaka Jake Jakob Jakov Jakub Jamal James Jameson Jamison Jared Jarod Jaroslav ' +
    'Jarrett Jarrod Jarvis Jason Jasper Javier Jayden Jayson Jeb Jed Jeff Jeffery Jeffrey Jeffry Jens Jerald ' +
    'Jeremiah Jeremy Jermaine Jerome Jeronimo Jerry Jesus Jian Jim Jimi Jimmie Jimmy Joao Joaquin Joe Joel Joesph ' +
    'Joey Johan Johann Johannes John Johnathan Johnathon Johnie Johnnie Johnny Jokubas Jon Jonah Jonas Jonathan ' +
    'Jonathon Jonny Jordi Jordon Jorge Jose Josef Joseph Josh Joshua Josiah Josue Jozef Juan Julen Julian Julien ' +
    'Julio Julius Justin Kacper Kajus Kamal Kamil Kanata Karim Karl Kaspar Kathem Kauri Keenan Keir Keith Ken ' +
    'Kendrick Kenneth Kenny Kenton Kermit Keven Kevin Khaled Khalid Kieran Kingsley Kip Kiril Kirill Kirk Kirollos ' +
    'Klaus Konrad Kristian Kristopher Krzysztof Kurt Kurtis Kyle Kyls Lamar Lambert Lamont Landon Larry Lars Laszlo ' +
    'Laurence Laurent Lawrence Leandro Leevi Leland Len Lennart Lenny Leon Leonard Leonardo Leonel Leonid Leopold ' +
    'Lester Lethabo Levente Levi Liam Lindsey Linus Lionel Lior Lloyd Logan Lonnie Loren Lorenzo Lou Louie Louis ' +
    'Lovro Lowell Luc Lucas Luciano Lucien Ludovic Ludvig Ludwig Luigi Luis Luiz Luka Lukas Luke Luther Luuk Lyle ' +
    'Lyndon Maayan Macaulay Maciej Magnus Mahamadou Mahammad Mahdi Mahesh Mahmoud Majd Maksim Malachai Malachy ' +
    'Malcolm Malik Mamadou Manfred Manish Manny Manuel Marc Marcel Marcell Marcello Marcelo Marcin Marco Marcos ' +
    'Marcus Mariano Mario Marios Marius Mark Markel Marko Markos Markus Marlin Marlon Marquis Marshall Marti Martim ' +
    'Martin Marty Marvin Masoud Matej Mateo Matheus Mathew Mathias Mathieu Mathis Matias Matt Matteo Matthew ' +
    'Matthias Mattia Mattias Matus Matyas Maurice Mauricio Maximilian Maximiliano Maxwell Mehdi Mehmet Melvin Merle ' +
    'Merrill Mervin Mervyn Micah Michael Michal Micheal Michel Mick Mickey Micky Miguel Mihai Mikaere Mike Mikel ' +
    'Mikhail Mikolaj Milhouse Milo Milos Milton Minato Minik Mitch Mitchell Mitt Modibo Moe Mohamad Mohamed ' +
    'Mohammad Mohammed Moises Monte Monty Moritz Moses Moshe Moussa Muhamed Muhammad Muhammed Murad Mustafa ' +
    'Mustapha Myles Myron Nahom Nate Nathan Nathanael Nathaniel Nathy Neal Ned Neil Nelson Neville Newt Nguyen ' +
    'Nicholas Nickolas Nicolas Niels Nigel Niilo Nik Nikau Nikhil Niklas Nikola Nikolai Nikolay Niles Nils Noah ' +
    'Noam Noel Nojus Nolan Nomaan Norbert Norman Nuka Octavio Oier Olaf Olav Oleksandr Oliver Olivier Omar Omer ' +
    'Ondrej Ori Orville Osama Oscar Oskar Osman Osvaldo Oswald Otis Otto Oumar Owen Pablo Padraig Paolo Pascal ' +
    'Patrick Patrik Paul Paulie Paulo Paulos Pavel Pavlo Pedro Percy Petar Pete Peter Petr Petro Petros Phil Philip ' +
    'Philipp Philippe Phillip Pierre Pieter Pietro Piotr Prakash Pravit Prem Preston Pyotr Quentin Quincy Quinton ' +
    'Rachid Rafael Rahm Rahul Rainer Rajesh Ralf Ralph Ramiro Ramon Rand Randal Randall Randolph Raoul Raphael ' +
    'Rashad Rasmus Raul Rawiri Rayan Raymond Recep Reece Reggie Reginald Regis Reid Reince Reuben Reyansh Reynaldo ' +
    'Reza Rhett Ricardo Riccardo Richard Richie Rick Rickey Rickie Ricky Rico Riley Roan Rob Robbie Robby Robert ' +
    'Roberto Rocco Roderick Rodger Rodney Rodolfo Rodrigo Roel Rogelio Roger Rohan Roland Rolando Rolf Roman Romeo ' +
    'Ron Ronald Ronan Ronnie Ronny Rory Rosario Roscoe Ross Roy Royce Ruben Rubin Rudolf Rudolph Rudy Rufus Rupert ' +
    'Russ Russel Russell Ryan Ryou Saeed Sal Salik Salvatore Sam Sami Samir Samkelo Sammie Sammy Samuel Sandeep ' +
    'Sandro Sanjay Santino Saqib Satoshi Saul Scot Scott Scottie Scotty Seamus Sean Sebastian Sebastien Sekou Selim ' +
    'Sepp Serge Sergei Sergey Sergio Seth Seymour Shahid Shane Shaquille Shaun Shawn Shayne Sheldon Shelton Sherman ' +
    'Shlomo Sid Siddhartha Sidney Sigmund Silas Silvio Simon Siyabonga Slobodan Solomon Soren Souleymane Souta ' +
    'Spencer Stan Stanislav Stanislaw Stanley Stefan Stefano Stefanos Stephan Stephen Steve Steven Stevie Stewart ' +
    'Stu Stuart Suraj Suresh Sven Svend Syed Sylvester Szymon Tadgh Taha Taichi Taika Tanner Tareq Tatsuki Ted ' +
    'Teddy Terence Terrance Terrell Terrence Terry Thad Thaddeus Theo Theodor Theodore Thiago Thom Thomas Tim Timmy ' +
    'Timothy Titus Tobias Toby Tod Todd Tom Tomas Tomasz Tommaso Tommie Tommy Tomoharu Tony Travis Trent Trenton ' +
    'Trevor Trey Tristan Troy Truman Tunar Turki Ty Tyler Tyrone Tyson Ughur Ulrich Ulrik Ulysses Umberto Unax Uri ' +
    'Usman Val Valentin Valentine Vance Vasily Vern Vernon Vic Vicente Victor Vihaan Viktor Vince Vincent Vincenzo ' +
    'Virgil Vivaan Vivek Vlad Vladimir Vladislav Vojtech Volodymyr Wallace Wally Walt Walter Waylon Wayne Wei ' +
    'Wendell Werner Wes Wesley Weston Wilbert Wilbur Wiley Wilfred Wilfredo Wilfrid Wilfried Wilhelm Willard ' +
    'William Willie Willis Willy Winfried Winslow Winston Wojciech Wolfgang Woodrow Wout Wouter Wyatt Xavier Xhoel ' +
    'Yahli Yanis Yann Yannick Yaroslav Yasser Yassin Yassine Yevgeni Yevgeny Yonas Yonatan Yonathan Yong Yosef ' +
    'Yousouf Youssef Yuen Yuri Yuriy Yury Yusif Yusuf Yuuma Yuval Zac Zach Zachariah Zachary Zachery Zack Zackary ' +
    'Zahid Zakaria Zan Zane Zoran'
).split(' '));
